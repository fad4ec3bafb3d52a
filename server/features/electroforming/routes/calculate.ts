import { contextFrom } from '#server/lib/context';
import { canCalculate } from '../policy';
import * as service from '../service';
import { allow } from './guard';
import type { HandlersOf } from './handlers';

export const calculateHandlers: HandlersOf<'calculate'> = {
  calculate: async (request) => {
    allow(request, canCalculate);
    return service.runCalculation(contextFrom(request), request.body);
  },
};
