import type { App } from '#server/lib/http';
import batchRunRoutes from './batch-run-routes';
import batchesRoutes from './batches-routes';
import bathsRoutes from './baths-routes';
import calculateRoutes from './calculate-routes';
import costingRoutes from './costing-routes';
import statsRoutes from './stats-routes';

/** The electroforming workbench under /api/electroforming, one file per resource. */
export default async function electroformingRoutes(app: App) {
  for (const routes of [
    calculateRoutes,
    bathsRoutes,
    batchesRoutes,
    batchRunRoutes,
    costingRoutes,
    statsRoutes,
  ]) {
    await routes(app);
  }
}
