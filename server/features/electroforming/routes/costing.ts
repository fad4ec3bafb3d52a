import { contextFrom } from '#server/lib/context';
import { canReadRecords, canReadSettings, canWriteRecords, canWriteSettings } from '../policy';
import * as service from '../service';
import { allow } from './guard';
import type { HandlersOf } from './handlers';

/** Costing of a batch, saved price sheets, and the office rates they use. */
export const costingHandlers: HandlersOf<
  | 'costBatch'
  | 'listPriceSheets'
  | 'createPriceSheet'
  | 'getPriceSheet'
  | 'deletePriceSheet'
  | 'getSettings'
  | 'updateSettings'
> = {
  costBatch: async (request) => {
    allow(request, canReadRecords);
    return service.costBatchFor(contextFrom(request), request.params.id, request.body);
  },
  listPriceSheets: async (request) => {
    allow(request, canReadRecords);
    return service.listPriceSheets(contextFrom(request), request.query);
  },
  createPriceSheet: async (request) => {
    allow(request, canWriteRecords);
    return service.createPriceSheet(contextFrom(request), request.body);
  },
  getPriceSheet: async (request) => {
    allow(request, canReadRecords);
    return service.getPriceSheet(contextFrom(request), request.params.id);
  },
  deletePriceSheet: async (request) => {
    allow(request, canWriteRecords);
    await service.deletePriceSheet(contextFrom(request), request.params.id);
    return { ok: true as const };
  },
  getSettings: async (request) => {
    allow(request, canReadSettings);
    return service.getSettings(contextFrom(request));
  },
  updateSettings: async (request) => {
    allow(request, canWriteSettings);
    return service.updateSettings(contextFrom(request), request.body);
  },
};
