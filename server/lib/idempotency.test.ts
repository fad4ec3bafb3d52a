import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineEndpoints } from '#core/api/endpoint';
import { idempotencyKeys } from '../db/schema';
import { type Client, createTestApp, type TestApp } from '../test/app';
import { setupAdmin, userClient } from '../test/factories';
import { registerEndpoints } from './endpoints';
import { fieldError } from './errors';
import type { App } from './http';
import { claimKey, STALE_CLAIM_SECONDS, sweepIdempotencyKeys } from './idempotency';

// A small test-only route table: an idempotent create that counts its executions.
const Body = z.strictObject({ value: z.string(), fail: z.enum(['bad', 'boom']).optional() });
const Answer = z.object({ value: z.string(), executions: z.number().int() });
const table = defineEndpoints({
  create: {
    method: 'POST',
    path: '/test-idempotency/items',
    body: Body,
    responses: { 201: Answer },
    idempotent: true,
    tags: ['test'],
  },
  slow: {
    method: 'POST',
    path: '/test-idempotency/slow',
    body: Body,
    responses: { 201: Answer },
    idempotent: true,
    tags: ['test'],
  },
});

let executions = 0;
let gate: Promise<void> = Promise.resolve();
let entered: () => void = () => {};

async function testRoutes(app: App) {
  registerEndpoints(app, table, {
    create: async (request) => {
      executions += 1;
      if (request.body.fail === 'bad') throw fieldError('value', 'errors:fields.required');
      if (request.body.fail === 'boom') throw new Error('handler crashed');
      return { value: request.body.value, executions };
    },
    slow: async (request) => {
      executions += 1;
      entered();
      await gate;
      return { value: request.body.value, executions };
    },
  });
}

let t: TestApp;
let admin: Client;
beforeAll(async () => {
  t = await createTestApp({}, { routes: [testRoutes] });
  admin = await setupAdmin(t.app);
});
afterAll(async () => t?.close());

const URL = '/api/test-idempotency/items';
const keyed = (key: string, extra: Record<string, string> = {}) => ({
  headers: { 'idempotency-key': key, ...extra },
});

describe('idempotent endpoints', () => {
  it('runs a keyed request once and replays the stored answer to a retry', async () => {
    const key = randomUUID();
    const before = executions;
    const first = await admin.post(URL, { value: 'scan-1' }, keyed(key));
    expect(first.statusCode).toBe(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const again = await admin.post(URL, { value: 'scan-1' }, keyed(key));
    expect(again.statusCode).toBe(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.headers['content-type']).toMatch(/application\/json/);
    expect(again.json()).toEqual(first.json());
    // The key is case-insensitive (a UUID written in capitals is the same key).
    const upper = await admin.post(URL, { value: 'scan-1' }, keyed(key.toUpperCase()));
    expect(upper.json()).toEqual(first.json());
    expect(executions - before).toBe(1);
  });

  it('runs every request that carries no key', async () => {
    const before = executions;
    await admin.post(URL, { value: 'a' });
    await admin.post(URL, { value: 'a' });
    expect(executions - before).toBe(2);
  });

  it('refuses the same key with a different request (422), in the requester’s language', async () => {
    const key = randomUUID();
    expect((await admin.post(URL, { value: 'first' }, keyed(key))).statusCode).toBe(201);
    const before = executions;
    const other = await admin.post(URL, { value: 'second' }, keyed(key));
    expect(other.statusCode).toBe(422);
    expect(other.json().error.code).toBe('idempotency_key_reused');
    expect(other.json().error.message).toMatch(/Idempotency-Key/);
    const english = await admin.post(URL, { value: 'second' }, keyed(key, { 'accept-language': 'en' }));
    expect(english.json().error.message).toMatch(/already used for a different request/);
    expect(executions).toBe(before);
  });

  it('keeps keys per person: another user with the same key runs their own request', async () => {
    const { client: officer } = await userClient(t.app, t.database, { role: 'officer' });
    const key = randomUUID();
    const mine = await admin.post(URL, { value: 'same' }, keyed(key));
    const theirs = await officer.post(URL, { value: 'same' }, keyed(key));
    expect(mine.statusCode).toBe(201);
    expect(theirs.statusCode).toBe(201);
    expect(theirs.json().executions).toBe(mine.json().executions + 1);
  });

  it('answers 400 naming the header when the key is not a UUID', async () => {
    const before = executions;
    const res = await admin.post(URL, { value: 'x' }, keyed('not-a-uuid'));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation_failed');
    expect(res.json().error.details.fields).toEqual([
      expect.objectContaining({
        path: 'headers.idempotency-key',
        message: 'Idempotency-Key harus berupa UUID.',
      }),
    ]);
    expect(executions).toBe(before);
  });

  it('stores no error answer: the corrected request may reuse the key', async () => {
    const key = randomUUID();
    const bad = await admin.post(URL, { value: 'x', fail: 'bad' }, keyed(key));
    expect(bad.statusCode).toBe(400);
    const crash = await admin.post(URL, { value: 'x', fail: 'boom' }, keyed(key));
    expect(crash.statusCode).toBe(500);
    const fixed = await admin.post(URL, { value: 'x' }, keyed(key));
    expect(fixed.statusCode).toBe(201);
    expect(await rowsOf(key)).toBe(1);
  });

  it('refuses an unauthenticated request before claiming anything', async () => {
    const key = randomUUID();
    const res = await t.app.inject({
      method: 'POST',
      url: URL,
      payload: { value: 'x' },
      headers: { 'idempotency-key': key },
    });
    expect(res.statusCode).toBe(401);
    expect(await rowsOf(key)).toBe(0);
  });

  it('answers 409 (retry later) to a duplicate sent while the first is still running', async () => {
    const key = randomUUID();
    let open: () => void = () => {};
    gate = new Promise((resolve) => {
      open = resolve;
    });
    const running = new Promise<void>((resolve) => {
      entered = resolve;
    });
    const before = executions;
    const first = admin.post('/api/test-idempotency/slow', { value: 'v' }, keyed(key));
    await running;
    const duplicate = await admin.post('/api/test-idempotency/slow', { value: 'v' }, keyed(key));
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error.code).toBe('idempotency_in_progress');
    expect(duplicate.headers['retry-after']).toBe('2');
    open();
    expect((await first).statusCode).toBe(201);
    const replay = await admin.post('/api/test-idempotency/slow', { value: 'v' }, keyed(key));
    expect(replay.statusCode).toBe(200);
    expect(executions - before).toBe(1);
  });

  it('lets exactly one of many simultaneous claims win (parallel connections on PostgreSQL)', async () => {
    const scope = randomUUID();
    for (let round = 0; round < 10; round++) {
      const key = randomUUID();
      const outcomes = await Promise.all(
        Array.from({ length: 8 }, () =>
          claimKey(t.database.db, { scope, key, requestHash: 'h', endpoint: 'POST /x', retentionHours: 1 }),
        ),
      );
      expect(outcomes.filter((o) => o.kind === 'claimed')).toHaveLength(1);
      expect(outcomes.filter((o) => o.kind !== 'claimed').every((o) => o.kind === 'in_progress')).toBe(true);
    }
  });

  it('executes once when many identical requests arrive together', async () => {
    const key = randomUUID();
    const before = executions;
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => admin.post(URL, { value: 'burst' }, keyed(key))),
    );
    const statuses = answers.map((a) => a.statusCode);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.every((s) => s === 201 || s === 200 || s === 409)).toBe(true);
    expect(executions - before).toBe(1);
    const settled = await admin.post(URL, { value: 'burst' }, keyed(key));
    expect(settled.statusCode).toBe(200);
    expect(executions - before).toBe(1);
  });

  it('takes over a claim abandoned by a crashed request, but only for the same request', async () => {
    const scope = (await admin.get('/api/auth/me')).json().user.id as string;
    const key = randomUUID();
    const claim = await claimKey(t.database.db, {
      scope,
      key,
      requestHash: 'another request',
      endpoint: 'POST /x',
      retentionHours: 1,
    });
    expect(claim.kind).toBe('claimed');
    await ageClaim(key, STALE_CLAIM_SECONDS + 60);
    expect((await admin.post(URL, { value: 'y' }, keyed(key))).statusCode).toBe(422);

    const key2 = randomUUID();
    const slow = await admin.post(URL, { value: 'z' }, keyed(key2));
    expect(slow.statusCode).toBe(201);
    // Pretend the first request died before storing its answer.
    await t.database.db
      .update(idempotencyKeys)
      .set({ statusCode: null, responseBody: null })
      .where(eq(idempotencyKeys.key, key2));
    expect((await admin.post(URL, { value: 'z' }, keyed(key2))).statusCode).toBe(409);
    await ageClaim(key2, STALE_CLAIM_SECONDS + 60);
    const taken = await admin.post(URL, { value: 'z' }, keyed(key2));
    expect(taken.statusCode).toBe(201);
  });

  it('forgets keys after the retention: an expired key runs again and the sweep deletes it', async () => {
    const key = randomUUID();
    const first = await admin.post(URL, { value: 'old' }, keyed(key));
    const row = await t.database.db.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, key));
    // Retention from the configuration (30 days by default).
    const hours = (row[0].expiresAt.getTime() - row[0].claimedAt.getTime()) / 3_600_000;
    expect(Math.round(hours)).toBe(t.config.IDEMPOTENCY_RETENTION_HOURS);
    await t.database.db
      .update(idempotencyKeys)
      .set({ expiresAt: sql`now() - interval '1 minute'` })
      .where(eq(idempotencyKeys.key, key));
    const again = await admin.post(URL, { value: 'old' }, keyed(key));
    expect(again.statusCode).toBe(201);
    expect(again.json().executions).toBe(first.json().executions + 1);
    await t.database.db
      .update(idempotencyKeys)
      .set({ expiresAt: sql`now() - interval '1 minute'` })
      .where(eq(idempotencyKeys.key, key));
    expect(await sweepIdempotencyKeys(t.database.db)).toBeGreaterThanOrEqual(1);
    expect(await rowsOf(key)).toBe(0);
  });
});

describe('configuration', () => {
  it('applies the configured retention', async () => {
    const short = await createTestApp({ IDEMPOTENCY_RETENTION_HOURS: '2' }, { routes: [testRoutes] });
    try {
      const owner = await setupAdmin(short.app);
      const key = randomUUID();
      await owner.post(URL, { value: 'r' }, keyed(key));
      const [row] = await short.database.db
        .select()
        .from(idempotencyKeys)
        .where(eq(idempotencyKeys.key, key));
      expect(Math.round((row.expiresAt.getTime() - row.claimedAt.getTime()) / 3_600_000)).toBe(2);
    } finally {
      await short.close();
    }
  });

  it('mounts the test-only probe only when TEST_ROUTES is on', async () => {
    expect((await admin.get('/api/testing/probe')).statusCode).toBe(404);
    const probe = await createTestApp({ TEST_ROUTES: 'true' });
    try {
      const client = await setupAdmin(probe.app);
      const id = randomUUID();
      const sent = await client.post('/api/testing/probe', { id, note: 'n' }, keyed(id));
      expect(sent.statusCode).toBe(201);
      expect((await client.post('/api/testing/probe', { id, note: 'n' }, keyed(id))).statusCode).toBe(200);
      expect((await client.get('/api/testing/probe')).json().items).toEqual([
        { id, note: 'n', executions: 1 },
      ]);
    } finally {
      await probe.close();
    }
  });
});

async function rowsOf(key: string) {
  const rows = await t.database.db.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, key));
  return rows.length;
}

async function ageClaim(key: string, seconds: number) {
  await t.database.db
    .update(idempotencyKeys)
    .set({ claimedAt: sql`now() - make_interval(secs => ${seconds}::int)` })
    .where(eq(idempotencyKeys.key, key));
}
