import { IdParams } from '#core/schemas/common';
import {
  Batch,
  BatchFinishingParams,
  BatchPieceParams,
  BatchReadingParams,
  CalibrateBatchBody,
  Calibration,
  ChangeBatchStatusBody,
  CreateFinishingStepBody,
  CreateReadingBody,
  RecordQcBody,
} from '#core/schemas/electroforming-records';
import { requireRole } from '#server/lib/authorize';
import { contextFrom } from '#server/lib/context';
import type { App } from '#server/lib/http';
import * as service from './service';

const tags = ['electroforming'];

/** Running a batch; every change answers the whole batch so a phone needs no second request. */
export default async function batchRunRoutes(app: App) {
  app.post(
    '/electroforming/batches/:id/status',
    { schema: { tags, params: IdParams, body: ChangeBatchStatusBody, response: { 200: Batch } } },
    async (request) => {
      requireRole(request, 'ikm_owner');
      return service.changeStatus(contextFrom(request), request.params.id, request.body);
    },
  );

  app.post(
    '/electroforming/batches/:id/readings',
    { schema: { tags, params: IdParams, body: CreateReadingBody, response: { 201: Batch } } },
    async (request, reply) => {
      requireRole(request, 'ikm_owner');
      return reply
        .status(201)
        .send(await service.addReading(contextFrom(request), request.params.id, request.body));
    },
  );

  app.delete(
    '/electroforming/batches/:id/readings/:readingId',
    { schema: { tags, params: BatchReadingParams, response: { 200: Batch } } },
    async (request) => {
      requireRole(request, 'ikm_owner');
      return service.deleteReading(contextFrom(request), request.params.id, request.params.readingId);
    },
  );

  app.post(
    '/electroforming/batches/:id/finishing',
    { schema: { tags, params: IdParams, body: CreateFinishingStepBody, response: { 201: Batch } } },
    async (request, reply) => {
      requireRole(request, 'ikm_owner');
      const batch = await service.addFinishing(contextFrom(request), request.params.id, request.body);
      return reply.status(201).send(batch);
    },
  );

  app.delete(
    '/electroforming/batches/:id/finishing/:stepId',
    { schema: { tags, params: BatchFinishingParams, response: { 200: Batch } } },
    async (request) => {
      requireRole(request, 'ikm_owner');
      return service.deleteFinishing(contextFrom(request), request.params.id, request.params.stepId);
    },
  );

  app.put(
    '/electroforming/batches/:id/pieces/:pieceId/qc',
    { schema: { tags, params: BatchPieceParams, body: RecordQcBody, response: { 200: Batch } } },
    async (request) => {
      requireRole(request, 'ikm_owner');
      const { id, pieceId } = request.params;
      return service.recordQc(contextFrom(request), id, pieceId, request.body);
    },
  );

  app.post(
    '/electroforming/batches/:id/calibration',
    { schema: { tags, params: IdParams, body: CalibrateBatchBody, response: { 200: Calibration } } },
    async (request) => {
      requireRole(request, 'ikm_owner');
      return service.calibrateBatch(contextFrom(request), request.params.id, request.body);
    },
  );
}
