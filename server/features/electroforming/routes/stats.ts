import { contextFrom } from '#server/lib/context';
import { canReadRecords, canReadSummary } from '../policy';
import * as service from '../service';
import { allow } from './guard';
import type { HandlersOf } from './handlers';

export const statsHandlers: HandlersOf<'stats' | 'summary'> = {
  stats: async (request) => {
    allow(request, canReadRecords);
    return service.getStats(contextFrom(request), request.query);
  },
  /** Officers get only this: counts and rates per owner, no records. */
  summary: async (request) => {
    allow(request, canReadSummary);
    return service.getSummary(contextFrom(request));
  },
};
