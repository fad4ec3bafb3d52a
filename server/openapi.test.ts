import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './test/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

/** Keys sorted at every level, so registration order does not count as a contract change. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  return value;
}

describe('the OpenAPI document', () => {
  it('is the committed contract (review openapi.snapshot.json when it changes on purpose)', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const text = `${JSON.stringify(canonical(res.json()), null, 2)}\n`;
    await expect(text).toMatchFileSnapshot('./openapi.snapshot.json');
  });
});
