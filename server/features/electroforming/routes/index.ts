import { electroformingApi } from '#core/api/electroforming';
import { registerEndpoints } from '#server/lib/endpoints';
import type { App } from '#server/lib/http';
import { batchHandlers } from './batches';
import { bathHandlers } from './baths';
import { calculateHandlers } from './calculate';
import { costingHandlers } from './costing';
import { statsHandlers } from './stats';

/** The electroforming workbench under /api/electroforming; handlers grouped by resource. */
export default async function electroformingRoutes(app: App) {
  registerEndpoints(app, electroformingApi, {
    ...calculateHandlers,
    ...bathHandlers,
    ...batchHandlers,
    ...costingHandlers,
    ...statsHandlers,
  });
}
