import { monitoringApi } from '#core/api/monitoring';
import { contextFrom } from '#server/lib/context';
import { registerEndpoints } from '#server/lib/endpoints';
import type { App } from '#server/lib/http';
import * as service from '../service';

/** Five resized photos in base64 fit well under this. */
const VISIT_BODY_LIMIT = 10 * 1024 * 1024;

export default async function monitoringRoutes(app: App) {
  registerEndpoints(
    app,
    monitoringApi,
    {
      currentForm: async (request) => service.getCurrentForm(contextFrom(request)),
      formVersions: async (request) => service.listFormVersions(contextFrom(request)),
      formVersion: async (request) => service.getFormVersion(contextFrom(request), request.params.version),
      createFormVersion: async (request) => service.createFormVersion(contextFrom(request), request.body),
      createVisit: async (request, reply) => {
        const { visit, created } = await service.recordVisit(contextFrom(request), request.body);
        reply.status(created ? 201 : 200);
        return visit;
      },
      listVisits: async (request) => service.listVisits(contextFrom(request), request.query),
      lastVisit: async (request) => service.lastVisit(contextFrom(request), request.query.businessId),
      getVisit: async (request) => service.getVisit(contextFrom(request), request.params.id),
      updateVisit: async (request) =>
        service.updateVisit(contextFrom(request), request.params.id, request.body),
      reviewVisit: async (request) =>
        service.reviewVisit(contextFrom(request), request.params.id, request.body),
      visitToRegistry: async (request) => service.visitToRegistry(contextFrom(request), request.params.id),
      visitHistory: async (request) => service.visitHistory(contextFrom(request), request.params.id),
      visitPhoto: async (request, reply) => {
        const photo = await service.getVisitPhoto(
          contextFrom(request),
          request.params.id,
          request.params.photoId,
        );
        return reply
          .type(photo.mime)
          .header('cache-control', 'private, max-age=86400')
          .send(Buffer.from(photo.bytes));
      },
      followUps: async (request) => service.listFollowUps(contextFrom(request), request.query),
      funnel: async (request) => service.cohortFunnel(contextFrom(request), request.params.eventId),
      myBusinesses: async (request) => service.listMyBusinesses(contextFrom(request), request.query),
    },
    { createVisit: { bodyLimit: VISIT_BODY_LIMIT }, updateVisit: { bodyLimit: VISIT_BODY_LIMIT } },
  );
}
