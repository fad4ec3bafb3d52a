import { IdParams, OkResponse, PageQuery } from '#core/schemas/common';
import {
  Bath,
  BathList,
  CreateBathBody,
  CreateMaintenanceBody,
  ListBathsQuery,
  MaintenanceEntry,
  MaintenanceList,
  UpdateBathBody,
} from '#core/schemas/electroforming-records';
import { requireRole } from '#server/lib/authorize';
import { contextFrom } from '#server/lib/context';
import type { App } from '#server/lib/http';
import * as service from './service';

const tags = ['electroforming'];

export default async function bathsRoutes(app: App) {
  app.get(
    '/electroforming/baths',
    { schema: { tags, querystring: ListBathsQuery, response: { 200: BathList } } },
    async (request) => {
      requireRole(request, 'ikm_owner', 'admin');
      return service.listBaths(contextFrom(request), request.query);
    },
  );

  app.post(
    '/electroforming/baths',
    { schema: { tags, body: CreateBathBody, response: { 201: Bath } } },
    async (request, reply) => {
      requireRole(request, 'ikm_owner');
      return reply.status(201).send(await service.createBath(contextFrom(request), request.body));
    },
  );

  app.get(
    '/electroforming/baths/:id',
    { schema: { tags, params: IdParams, response: { 200: Bath } } },
    async (request) => {
      requireRole(request, 'ikm_owner', 'admin');
      return service.getBath(contextFrom(request), request.params.id);
    },
  );

  app.patch(
    '/electroforming/baths/:id',
    { schema: { tags, params: IdParams, body: UpdateBathBody, response: { 200: Bath } } },
    async (request) => {
      requireRole(request, 'ikm_owner');
      return service.updateBath(contextFrom(request), request.params.id, request.body);
    },
  );

  app.delete(
    '/electroforming/baths/:id',
    { schema: { tags, params: IdParams, response: { 200: OkResponse } } },
    async (request) => {
      requireRole(request, 'ikm_owner');
      await service.deleteBath(contextFrom(request), request.params.id);
      return { ok: true as const };
    },
  );

  app.get(
    '/electroforming/baths/:id/maintenance',
    { schema: { tags, params: IdParams, querystring: PageQuery, response: { 200: MaintenanceList } } },
    async (request) => {
      requireRole(request, 'ikm_owner', 'admin');
      return service.listMaintenance(contextFrom(request), request.params.id, request.query);
    },
  );

  app.post(
    '/electroforming/baths/:id/maintenance',
    { schema: { tags, params: IdParams, body: CreateMaintenanceBody, response: { 201: MaintenanceEntry } } },
    async (request, reply) => {
      requireRole(request, 'ikm_owner');
      const entry = await service.addMaintenance(contextFrom(request), request.params.id, request.body);
      return reply.status(201).send(entry);
    },
  );
}
