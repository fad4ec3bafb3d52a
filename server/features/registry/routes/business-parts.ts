import { businessPartsApi } from '#core/api/registry';
import { requireRole } from '#server/lib/authorize';
import { contextFrom } from '#server/lib/context';
import { registerEndpoints } from '#server/lib/endpoints';
import type { App } from '#server/lib/http';
import * as service from '../service';
import { requireRegistryRole, translateWarnings } from './respond';

/** Snapshots, certifications and owner links of one business. */
export default async function businessPartRoutes(app: App) {
  registerEndpoints(app, businessPartsApi, {
    createSnapshot: async (request) => {
      requireRegistryRole(request);
      return service.createSnapshot(contextFrom(request), request.params.id, request.body);
    },
    updateSnapshot: async (request) => {
      requireRegistryRole(request);
      const { id, snapshotId } = request.params;
      return service.updateSnapshot(contextFrom(request), id, snapshotId, request.body);
    },
    deleteSnapshot: async (request) => {
      requireRegistryRole(request);
      await service.deleteSnapshot(contextFrom(request), request.params.id, request.params.snapshotId);
      return { ok: true as const };
    },
    createCertification: async (request) => {
      requireRegistryRole(request);
      return service.createCertification(contextFrom(request), request.params.id, request.body);
    },
    updateCertification: async (request) => {
      requireRegistryRole(request);
      const { id, certificationId } = request.params;
      return service.updateCertification(contextFrom(request), id, certificationId, request.body);
    },
    deleteCertification: async (request) => {
      requireRegistryRole(request);
      await service.deleteCertification(
        contextFrom(request),
        request.params.id,
        request.params.certificationId,
      );
      return { ok: true as const };
    },
    addBusinessOwner: async (request) => {
      requireRole(request, 'admin', 'officer');
      const { business, warnings } = await service.addBusinessOwner(
        contextFrom(request),
        request.params.id,
        request.body,
      );
      return { ...business, warnings: translateWarnings(request, warnings) };
    },
    removeBusinessOwner: async (request) => {
      requireRole(request, 'admin', 'officer');
      const business = await service.removeBusinessOwner(
        contextFrom(request),
        request.params.id,
        request.params.ownerId,
      );
      return { ...business, warnings: [] };
    },
  });
}
