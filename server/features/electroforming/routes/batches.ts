import { contextFrom } from '#server/lib/context';
import { canReadRecords, canWriteRecords } from '../policy';
import * as service from '../service';
import { allow } from './guard';
import type { HandlersOf } from './handlers';

/** Batches and their run; every change of a run answers the whole batch. */
export const batchHandlers: HandlersOf<
  | 'listBatches'
  | 'createBatch'
  | 'getBatch'
  | 'updateBatch'
  | 'deleteBatch'
  | 'changeBatchStatus'
  | 'addReading'
  | 'deleteReading'
  | 'addFinishing'
  | 'deleteFinishing'
  | 'recordQc'
  | 'calibrateBatch'
> = {
  listBatches: async (request) => {
    allow(request, canReadRecords);
    return service.listBatches(contextFrom(request), request.query);
  },
  createBatch: async (request) => {
    allow(request, canWriteRecords);
    return service.createBatch(contextFrom(request), request.body);
  },
  getBatch: async (request) => {
    allow(request, canReadRecords);
    return service.getBatch(contextFrom(request), request.params.id);
  },
  updateBatch: async (request) => {
    allow(request, canWriteRecords);
    return service.updateBatch(contextFrom(request), request.params.id, request.body);
  },
  deleteBatch: async (request) => {
    allow(request, canWriteRecords);
    await service.deleteBatch(contextFrom(request), request.params.id);
    return { ok: true as const };
  },
  changeBatchStatus: async (request) => {
    allow(request, canWriteRecords);
    return service.changeStatus(contextFrom(request), request.params.id, request.body);
  },
  addReading: async (request) => {
    allow(request, canWriteRecords);
    return service.addReading(contextFrom(request), request.params.id, request.body);
  },
  deleteReading: async (request) => {
    allow(request, canWriteRecords);
    const { id, readingId } = request.params;
    return service.deleteReading(contextFrom(request), id, readingId);
  },
  addFinishing: async (request) => {
    allow(request, canWriteRecords);
    return service.addFinishing(contextFrom(request), request.params.id, request.body);
  },
  deleteFinishing: async (request) => {
    allow(request, canWriteRecords);
    const { id, stepId } = request.params;
    return service.deleteFinishing(contextFrom(request), id, stepId);
  },
  recordQc: async (request) => {
    allow(request, canWriteRecords);
    const { id, pieceId } = request.params;
    return service.recordQc(contextFrom(request), id, pieceId, request.body);
  },
  calibrateBatch: async (request) => {
    allow(request, canWriteRecords);
    return service.calibrateBatch(contextFrom(request), request.params.id, request.body);
  },
};
