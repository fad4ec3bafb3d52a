import { businessesApi } from '#core/api/registry';
import { requireRole } from '#server/lib/authorize';
import { contextFrom } from '#server/lib/context';
import { registerEndpoints } from '#server/lib/endpoints';
import type { App } from '#server/lib/http';
import * as service from '../service';
import { requireRegistryRole, translateWarnings } from './respond';

export default async function businessRoutes(app: App) {
  registerEndpoints(
    app,
    businessesApi,
    {
      listBusinesses: async (request) => {
        requireRegistryRole(request);
        return service.listBusinesses(contextFrom(request), request.query);
      },
      createBusiness: async (request) => {
        requireRole(request, 'admin', 'officer');
        const { business, warnings } = await service.createBusiness(contextFrom(request), request.body);
        return { ...business, warnings: translateWarnings(request, warnings) };
      },
      mapPoints: async (request) => {
        requireRegistryRole(request);
        return service.listMapPoints(contextFrom(request), request.query);
      },
      findDuplicates: async (request) => {
        requireRole(request, 'admin', 'officer');
        return service.findDuplicates(contextFrom(request), request.query);
      },
      searchDuplicates: async (request) => {
        requireRole(request, 'admin', 'officer');
        return service.findDuplicates(contextFrom(request), request.body);
      },
      getBusiness: async (request, reply) => {
        requireRegistryRole(request);
        const found = await service.resolveBusiness(contextFrom(request), request.params.id);
        if (found.kind === 'business') return found.business;
        const location = `/api/businesses/${found.mergedIntoId}`;
        return reply
          .status(301)
          .header('location', location)
          .send({ mergedIntoId: found.mergedIntoId, location });
      },
      updateBusiness: async (request) => {
        requireRegistryRole(request);
        const { business, warnings } = await service.updateBusiness(
          contextFrom(request),
          request.params.id,
          request.body,
        );
        return { ...business, warnings: translateWarnings(request, warnings) };
      },
      deleteBusiness: async (request) => {
        requireRole(request, 'admin', 'officer');
        await service.deleteBusiness(contextFrom(request), request.params.id);
        return { ok: true as const };
      },
      businessHistory: async (request) => {
        requireRegistryRole(request);
        return service.getBusinessHistory(contextFrom(request), request.params.id, request.query);
      },
      mergeBusinesses: async (request) => {
        requireRole(request, 'admin');
        return service.mergeBusinesses(contextFrom(request), {
          survivorId: request.params.id,
          otherId: request.body.otherId,
        });
      },
    },
    // The query string may carry a NIK: this route's request lines are not logged.
    { findDuplicates: { logLevel: 'warn' } },
  );
}
