import type { LightMyRequestResponse } from 'fastify';
import type { Client, TestApp } from '#server/test/app';
import { userClient } from '#server/test/factories';

/** Shared builders for this feature's API tests (not a test file itself). */

export const API = '/api/electroforming';

export const bathBody = (overrides: Record<string, unknown> = {}) => ({
  name: 'Bak tembaga 5 L',
  volumeL: 5,
  composition: { copperSulfateGL: 200, sulfuricAcidGL: 60, chloridePpm: 60, temperatureC: 25 },
  ...overrides,
});

export const leaf = (areaCm2: number, targetThicknessUm = 200, overrides: Record<string, unknown> = {}) => ({
  objectType: 'leaf',
  species: 'Ficus benjamina',
  area: { source: 'entered', areaCm2 },
  targetThicknessUm,
  ...overrides,
});

export async function ownerClient(t: TestApp, name?: string) {
  return userClient(t.app, t.database, { role: 'ikm_owner', ...(name ? { name } : {}) });
}

/** The JSON body, failing loudly with the server's answer when the status is not `status`. */
export function expectStatus(res: LightMyRequestResponse, status: number) {
  if (res.statusCode !== status) throw new Error(`expected ${status}, got ${res.statusCode}: ${res.body}`);
  return res.json();
}

/** Parsed response bodies, as loosely typed as `res.json()` itself. */
export type Json = ReturnType<typeof expectStatus>;

export async function createBath(client: Client, overrides: Record<string, unknown> = {}): Promise<Json> {
  return expectStatus(await client.post(`${API}/baths`, bathBody(overrides)), 201);
}

export async function createBatch(
  client: Client,
  bathId: string,
  overrides: Record<string, unknown> = {},
): Promise<Json> {
  const body = { bathId, name: 'Daun batch 1', pieces: [leaf(60), leaf(40)], ...overrides };
  return expectStatus(await client.post(`${API}/batches`, body), 201);
}

export async function setStatus(client: Client, batchId: string, status: string, at?: string): Promise<Json> {
  return expectStatus(
    await client.post(`${API}/batches/${batchId}/status`, { status, ...(at ? { at } : {}) }),
    200,
  );
}

/** planned → running at `start`, one reading per entry, → finishing at `stop`. */
export async function runBatch(
  client: Client,
  batchId: string,
  start: string,
  readings: { at: string; currentA: number; volts?: number }[],
  stop: string,
): Promise<Json> {
  await setStatus(client, batchId, 'running', start);
  for (const r of readings) expectStatus(await client.post(`${API}/batches/${batchId}/readings`, r), 201);
  return setStatus(client, batchId, 'finishing', stop);
}

export const rel = (actual: number, expected: number) => Math.abs(actual - expected) / Math.abs(expected);
