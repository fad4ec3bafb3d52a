import { needsApi } from '#core/api/needs';
import { contextFrom } from '#server/lib/context';
import { registerEndpoints } from '#server/lib/endpoints';
import type { App } from '#server/lib/http';
import * as service from '../service';

export default async function needsRoutes(app: App) {
  registerEndpoints(app, needsApi, {
    listNeeds: async (request) => service.listNeeds(contextFrom(request), request.query),
    createNeed: async (request) => service.createNeed(contextFrom(request), request.body),
    getNeed: async (request) => service.getNeed(contextFrom(request), request.params.id),
    changeNeedStatus: async (request) =>
      service.changeNeedStatus(contextFrom(request), request.params.id, request.body),
    needsFromReadiness: async (request) =>
      service.needsFromReadiness(contextFrom(request), request.body.businessId),
    listSupport: async (request) => service.listSupport(contextFrom(request), request.query),
    createSupport: async (request) => service.recordSupport(contextFrom(request), request.body),
    getSupport: async (request) => service.getSupport(contextFrom(request), request.params.id),
  });
}
