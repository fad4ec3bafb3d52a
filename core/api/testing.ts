import { ProbeBody, ProbeItem, ProbeList } from '#core/schemas/testing';
import { defineEndpoints } from './endpoint';

/** Test-only endpoints (TEST_ROUTES=true): left out of the OpenAPI document. */
export const testingApi = defineEndpoints({
  probe: {
    method: 'POST',
    path: '/testing/probe',
    body: ProbeBody,
    responses: { 201: ProbeItem },
    idempotent: true,
    hide: true,
    tags: ['testing'],
  },
  probeLog: {
    method: 'GET',
    path: '/testing/probe',
    responses: { 200: ProbeList },
    hide: true,
    tags: ['testing'],
  },
});
