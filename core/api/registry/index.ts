import { defineEndpoints } from '../endpoint';
import { businessesApi, businessPartsApi } from './businesses';
import { importsApi } from './imports';
import { ownersApi } from './owners';
import { regionsApi } from './regions';

export { XLSX_TYPE } from './imports';
export { businessesApi, businessPartsApi, importsApi, ownersApi, regionsApi };

/** The registry's route table: every endpoint the server registers and the web calls. */
export const registryApi = defineEndpoints({
  ...regionsApi,
  ...businessesApi,
  ...businessPartsApi,
  ...ownersApi,
  ...importsApi,
});
