import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JSON_LIMITS, jsonShape } from '#server/lib/json-body';
import type { Client } from '#server/test/app';
import { createTestApp, type TestApp } from '#server/test/app';
import { setupAdmin } from '#server/test/factories';
import { expectRefusal, RUNS, whileHealthAnswers } from './helpers';

let t: TestApp;
let admin: Client;

beforeAll(async () => {
  t = await createTestApp();
  admin = await setupAdmin(t.app);
});
afterAll(async () => t.close());

const SOME_ID = '00000000-0000-4000-8000-000000000000';
const json = { 'content-type': 'application/json' };

/** Every JSON route a signed-in admin can send a body to (not sign-out, not file uploads). */
function jsonRoutes() {
  return t.app.routeTable
    .filter(
      (r) =>
        r.url.startsWith('/api/') &&
        ['POST', 'PUT', 'PATCH'].includes(r.method) &&
        !r.url.endsWith('/logout') &&
        !r.url.includes('import'),
    )
    .map((r) => ({ method: r.method as 'POST', url: r.url.replace(/:[A-Za-z]+/g, SOME_ID) }));
}

const nested = (depth: number, open: string, close: string, inner = '1') =>
  `${open.repeat(depth)}${inner}${close.repeat(depth)}`;

describe('the JSON body reader', () => {
  it('measures depth and values in one pass, as JSON.parse would see them', () => {
    const depthOf = (v: unknown): number =>
      v !== null && typeof v === 'object'
        ? 1 + Math.max(0, ...Object.values(v as Record<string, unknown>).map(depthOf))
        : 0;
    // Keys are strings in the text too: they count as values.
    const countOf = (v: unknown): number =>
      v !== null && typeof v === 'object'
        ? 1 +
          (Array.isArray(v) ? 0 : Object.keys(v).length) +
          Object.values(v as Record<string, unknown>).reduce<number>((n, x) => n + countOf(x), 0)
        : 1;
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), fc.boolean(), (value, pretty) => {
        const text = JSON.stringify(value, null, pretty ? 2 : undefined);
        const shape = jsonShape(text, { maxDepth: 1000, maxValues: 1e9 });
        expect(shape.depth).toBe(depthOf(value));
        expect(shape.values).toBe(countOf(value));
      }),
      { numRuns: RUNS * 10 },
    );
  });

  it('refuses a body nested deeper than the limit with 400 json_too_deep, on every route', async () => {
    const routes = jsonRoutes();
    expect(routes.length).toBeGreaterThan(10);
    // The body: {"kind": 6,000 × [ … ] } (12 KB).
    const reported = `{"kind":${nested(6000, '[', ']')}}`;
    for (const route of routes) {
      const res = await admin.request(route.method, route.url, { payload: reported, headers: json });
      const body = expectRefusal(res, 400);
      expect({ route: route.url, code: body.error.code }).toEqual({
        route: route.url,
        code: 'json_too_deep',
      });
    }
  });

  it('refuses any over-deep shape, however deep, of arrays or objects', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: JSON_LIMITS.maxDepth + 1, max: 200_000 }),
        fc.constantFrom('[]', '{}'),
        async (depth, kind) => {
          const payload =
            kind === '[]' ? nested(depth, '[', ']') : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
          const res = await admin.post('/api/electroforming/calculate', payload, { headers: json });
          expect(expectRefusal(res, [400, 413]).error.code).toMatch(/json_too_deep|payload_too_large/);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('keeps answering health while twenty deep bodies arrive together', async () => {
    const payload = `{"kind":${nested(20_000, '[', ']')}}`;
    const { result } = await whileHealthAnswers(t.app, () =>
      Promise.all(
        Array.from({ length: 20 }, () =>
          admin.post('/api/electroforming/calculate', payload, { headers: json }),
        ),
      ),
    );
    for (const res of result) expect(expectRefusal(res, 400).error.code).toBe('json_too_deep');
    expect((await t.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
  });

  it('refuses a body with too many values with 413, before walking it', async () => {
    const payload = `{"kind":[${Array.from({ length: JSON_LIMITS.maxValues + 1 }, () => '0').join(',')}]}`;
    const res = await admin.post('/api/electroforming/calculate', payload, { headers: json });
    expect(expectRefusal(res, 413).error.code).toBe('payload_too_large');
  });

  it('answers arbitrary JSON on every route with a documented answer, never a 5xx', async () => {
    const routes = jsonRoutes();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), fc.jsonValue({ maxDepth: 6 }), async (route, value) => {
        const res = await admin.request(route.method, route.url, {
          payload: JSON.stringify(value),
          headers: json,
        });
        if (res.statusCode >= 400) expectRefusal(res);
        else expect(res.statusCode).toBeLessThan(300);
      }),
      { numRuns: RUNS * 4 },
    );
  });

  it('answers malformed JSON text with 400 invalid_json (or another documented refusal)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 200 }),
          fc.jsonValue().map((v) => JSON.stringify(v).slice(0, -1)),
          fc.constantFrom(
            '{"a":"\\ud800"',
            '{"__proto__":{"x":1}}',
            '{"constructor":{"prototype":{}}}',
            '\u0000',
          ),
        ),
        async (payload) => {
          const res = await admin.post('/api/electroforming/calculate', payload, { headers: json });
          if (res.statusCode >= 400) expectRefusal(res);
        },
      ),
      { numRuns: RUNS * 4 },
    );
  });

  it('names every field holding a NUL character, deep or not, without a 500', async () => {
    const res = await admin.post('/api/users', {
      email: 'a\u0000@contoh.id',
      name: 'x',
      role: 'trainer',
      password: 'x',
      kecamatanCodes: ['35.73\u0000'],
    });
    const body = expectRefusal(res, 400);
    const paths = ((body.error.details?.fields ?? []) as { path: string }[]).map((f) => f.path);
    expect(paths).toEqual(['email', 'kecamatanCodes.0']);
  });
});
