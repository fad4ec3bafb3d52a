import { Health } from '#core/schemas/system';
import { defineEndpoints } from './endpoint';

export const systemApi = defineEndpoints({
  health: { method: 'GET', path: '/health', public: true, tags: ['system'], responses: { 200: Health } },
  openapi: { method: 'GET', path: '/openapi.json', public: true, hide: true, tags: [], responses: {} },
});
