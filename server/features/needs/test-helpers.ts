import type { LightMyRequestResponse } from 'fastify';
import type { Client } from '#server/test/app';

/** The field paths a 400 names. */
export const fieldsOf = (res: LightMyRequestResponse): string[] =>
  (res.json().error?.details?.fields ?? []).map((f: { path: string }) => f.path);

/** The first field message of a 400. */
export const messageOf = (res: LightMyRequestResponse): string =>
  res.json().error?.details?.fields?.[0]?.message;

export function needBody(businessId: string, overrides: Record<string, unknown> = {}) {
  return {
    businessId,
    category: 'packaging',
    priority: 'high',
    description: 'Kemasan masih plastik polos, perlu label dan kotak.',
    ...overrides,
  };
}

export function supportBody(businessIds: string[], overrides: Record<string, unknown> = {}) {
  return {
    type: 'equipment_grant',
    date: '2026-05-20',
    valueIdr: 15_000_000,
    deliveredBy: { kind: 'office', name: 'Diskopindag Kota Malang' },
    businessIds,
    needIds: [],
    ...overrides,
  };
}

export async function createNeedVia(client: Client, body: Record<string, unknown>) {
  const res = await client.post('/api/needs', body);
  if (res.statusCode !== 201) throw new Error(`need create failed: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string; status: string };
}
