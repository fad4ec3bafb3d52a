import { IdParams, OkResponse } from '#core/schemas/common';
import {
  Batch,
  BatchList,
  CreateBatchBody,
  ListBatchesQuery,
  UpdateBatchBody,
} from '#core/schemas/electroforming-records';
import { requireRole } from '#server/lib/authorize';
import { contextFrom } from '#server/lib/context';
import type { App } from '#server/lib/http';
import * as service from './service';

const tags = ['electroforming'];

export default async function batchesRoutes(app: App) {
  app.get(
    '/electroforming/batches',
    { schema: { tags, querystring: ListBatchesQuery, response: { 200: BatchList } } },
    async (request) => {
      requireRole(request, 'ikm_owner', 'admin');
      return service.listBatches(contextFrom(request), request.query);
    },
  );

  app.post(
    '/electroforming/batches',
    { schema: { tags, body: CreateBatchBody, response: { 201: Batch } } },
    async (request, reply) => {
      requireRole(request, 'ikm_owner');
      return reply.status(201).send(await service.createBatch(contextFrom(request), request.body));
    },
  );

  app.get(
    '/electroforming/batches/:id',
    { schema: { tags, params: IdParams, response: { 200: Batch } } },
    async (request) => {
      requireRole(request, 'ikm_owner', 'admin');
      return service.getBatch(contextFrom(request), request.params.id);
    },
  );

  app.patch(
    '/electroforming/batches/:id',
    { schema: { tags, params: IdParams, body: UpdateBatchBody, response: { 200: Batch } } },
    async (request) => {
      requireRole(request, 'ikm_owner');
      return service.updateBatch(contextFrom(request), request.params.id, request.body);
    },
  );

  app.delete(
    '/electroforming/batches/:id',
    { schema: { tags, params: IdParams, response: { 200: OkResponse } } },
    async (request) => {
      requireRole(request, 'ikm_owner');
      await service.deleteBatch(contextFrom(request), request.params.id);
      return { ok: true as const };
    },
  );
}
