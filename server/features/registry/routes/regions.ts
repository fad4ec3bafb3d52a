import { ListRegionsQuery, RegionList } from '#core/schemas/registry';
import { requireUser } from '#server/lib/authorize';
import { contextFrom } from '#server/lib/context';
import type { App } from '#server/lib/http';
import * as service from '../service';

export default async function regionRoutes(app: App) {
  app.get(
    '/regions',
    { schema: { tags: ['regions'], querystring: ListRegionsQuery, response: { 200: RegionList } } },
    async (request) => {
      requireUser(request);
      return service.listRegions(contextFrom(request), request.query);
    },
  );
}
