import { contextFrom } from '#server/lib/context';
import { canReadRecords, canWriteRecords } from '../policy';
import * as service from '../service';
import { allow } from './guard';
import type { HandlersOf } from './handlers';

export const bathHandlers: HandlersOf<
  'listBaths' | 'createBath' | 'getBath' | 'updateBath' | 'deleteBath' | 'listMaintenance' | 'addMaintenance'
> = {
  listBaths: async (request) => {
    allow(request, canReadRecords);
    return service.listBaths(contextFrom(request), request.query);
  },
  createBath: async (request) => {
    allow(request, canWriteRecords);
    return service.createBath(contextFrom(request), request.body);
  },
  getBath: async (request) => {
    allow(request, canReadRecords);
    return service.getBath(contextFrom(request), request.params.id);
  },
  updateBath: async (request) => {
    allow(request, canWriteRecords);
    return service.updateBath(contextFrom(request), request.params.id, request.body);
  },
  deleteBath: async (request) => {
    allow(request, canWriteRecords);
    await service.deleteBath(contextFrom(request), request.params.id);
    return { ok: true as const };
  },
  listMaintenance: async (request) => {
    allow(request, canReadRecords);
    return service.listMaintenance(contextFrom(request), request.params.id, request.query);
  },
  addMaintenance: async (request) => {
    allow(request, canWriteRecords);
    return service.addMaintenance(contextFrom(request), request.params.id, request.body);
  },
};
