import { dashboardApi } from '#core/api/dashboard';
import { contextFrom } from '#server/lib/context';
import { registerEndpoints } from '#server/lib/endpoints';
import type { App } from '#server/lib/http';
import * as service from '../service';

export default async function dashboardRoutes(app: App) {
  registerEndpoints(app, dashboardApi, {
    summary: async (request) => service.getSummary(contextFrom(request), request.query),
  });
}
