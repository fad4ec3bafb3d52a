import { IdParams, OkResponse } from '#core/schemas/common';
import {
  BusinessSaved,
  Certification,
  CertificationBody,
  CertificationParams,
  OwnerBusinessParams,
  OwnerLinkInput,
  Snapshot,
  SnapshotBody,
  SnapshotParams,
  UpdateCertificationBody,
  UpdateSnapshotBody,
} from '#core/schemas/registry';
import { requireRole } from '#server/lib/authorize';
import { contextFrom } from '#server/lib/context';
import type { App } from '#server/lib/http';
import * as service from '../service';
import { requireRegistryRole, translateWarnings } from './respond';

const tags = ['registry'];

/** Snapshots, certifications and owner links of one business. */
export default async function businessPartRoutes(app: App) {
  app.post(
    '/businesses/:id/snapshots',
    { schema: { tags, params: IdParams, body: SnapshotBody, response: { 201: Snapshot } } },
    async (request, reply) => {
      requireRegistryRole(request);
      const snapshot = await service.createSnapshot(contextFrom(request), request.params.id, request.body);
      return reply.status(201).send(snapshot);
    },
  );

  app.patch(
    '/businesses/:id/snapshots/:snapshotId',
    { schema: { tags, params: SnapshotParams, body: UpdateSnapshotBody, response: { 200: Snapshot } } },
    async (request) => {
      requireRegistryRole(request);
      const { id, snapshotId } = request.params;
      return service.updateSnapshot(contextFrom(request), id, snapshotId, request.body);
    },
  );

  app.delete(
    '/businesses/:id/snapshots/:snapshotId',
    { schema: { tags, params: SnapshotParams, response: { 200: OkResponse } } },
    async (request) => {
      requireRegistryRole(request);
      await service.deleteSnapshot(contextFrom(request), request.params.id, request.params.snapshotId);
      return { ok: true as const };
    },
  );

  app.post(
    '/businesses/:id/certifications',
    { schema: { tags, params: IdParams, body: CertificationBody, response: { 201: Certification } } },
    async (request, reply) => {
      requireRegistryRole(request);
      const created = await service.createCertification(
        contextFrom(request),
        request.params.id,
        request.body,
      );
      return reply.status(201).send(created);
    },
  );

  app.patch(
    '/businesses/:id/certifications/:certificationId',
    {
      schema: {
        tags,
        params: CertificationParams,
        body: UpdateCertificationBody,
        response: { 200: Certification },
      },
    },
    async (request) => {
      requireRegistryRole(request);
      const { id, certificationId } = request.params;
      return service.updateCertification(contextFrom(request), id, certificationId, request.body);
    },
  );

  app.delete(
    '/businesses/:id/certifications/:certificationId',
    { schema: { tags, params: CertificationParams, response: { 200: OkResponse } } },
    async (request) => {
      requireRegistryRole(request);
      await service.deleteCertification(
        contextFrom(request),
        request.params.id,
        request.params.certificationId,
      );
      return { ok: true as const };
    },
  );

  app.post(
    '/businesses/:id/owners',
    { schema: { tags, params: IdParams, body: OwnerLinkInput, response: { 201: BusinessSaved } } },
    async (request, reply) => {
      requireRole(request, 'admin', 'officer');
      const { business, warnings } = await service.addBusinessOwner(
        contextFrom(request),
        request.params.id,
        request.body,
      );
      return reply.status(201).send({ ...business, warnings: translateWarnings(request, warnings) });
    },
  );

  app.delete(
    '/businesses/:id/owners/:ownerId',
    { schema: { tags, params: OwnerBusinessParams, response: { 200: BusinessSaved } } },
    async (request) => {
      requireRole(request, 'admin', 'officer');
      const business = await service.removeBusinessOwner(
        contextFrom(request),
        request.params.id,
        request.params.ownerId,
      );
      return { ...business, warnings: [] };
    },
  );
}
