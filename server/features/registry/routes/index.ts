import type { App } from '#server/lib/http';
import businessPartRoutes from './business-parts';
import businessRoutes from './businesses';
import importRoutes from './imports';
import ownerRoutes from './owners';
import regionRoutes from './regions';

/** Every registry route: regions, businesses (with snapshots, certifications, owner links), owners,
 * imports and the export. */
export default async function registryRoutes(app: App) {
  await app.register(regionRoutes);
  await app.register(businessRoutes);
  await app.register(businessPartRoutes);
  await app.register(ownerRoutes);
  await app.register(importRoutes);
}
