import { regionsApi } from '#core/api/registry';
import { requireUser } from '#server/lib/authorize';
import { contextFrom } from '#server/lib/context';
import { registerEndpoints } from '#server/lib/endpoints';
import type { App } from '#server/lib/http';
import * as service from '../service';

export default async function regionRoutes(app: App) {
  registerEndpoints(app, regionsApi, {
    listRegions: async (request) => {
      requireUser(request);
      return service.listRegions(contextFrom(request), request.query);
    },
  });
}
