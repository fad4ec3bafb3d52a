import type { App } from '#server/lib/http';
import businessPartRoutes from './routes/business-parts-routes';
import businessRoutes from './routes/businesses-routes';
import ownerRoutes from './routes/owners-routes';
import regionRoutes from './routes/regions-routes';

/** Regions, businesses (with snapshots, certifications, owner links) and owners. */
export default async function registryRoutes(app: App) {
  await app.register(regionRoutes);
  await app.register(businessRoutes);
  await app.register(businessPartRoutes);
  await app.register(ownerRoutes);
}
