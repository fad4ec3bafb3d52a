import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '#web/lib/api';
import { openOutboxDb } from './db';
import { leaseLock } from './lock';
import { classify, Outbox } from './outbox';
import type { SendContext } from './types';

/*
 * The outbox on a real IndexedDB implementation (fake-indexeddb): two Outbox objects on the
 * same database name behave like two tabs, a new one after closing is a reload.
 */

let counter = 0;
const opened: { close(): void }[] = [];
const engine = { indexedDB, IDBKeyRange };

function tab(name: string, options: Partial<ConstructorParameters<typeof Outbox>[0]> = {}) {
  const db = openOutboxDb(name, engine);
  opened.push(db);
  return new Outbox({ db, ...options });
}

afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

const freshName = () => `outbox-test-${++counter}`;
const USER = '11111111-1111-4111-8111-111111111111';

type Sent = { payload: unknown; key: string };
function recorder(answer: (payload: unknown, n: number) => Promise<unknown> | unknown = (p) => ({ ok: p })) {
  const sent: Sent[] = [];
  const sender = async (payload: unknown, ctx: SendContext) => {
    sent.push({ payload, key: ctx.idempotencyKey });
    return answer(payload, sent.length);
  };
  return { sent, sender };
}

const deferred = () => {
  let resolve: () => void = () => {};
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
};

describe('outbox', () => {
  it('stores an item with a client UUID, sends it with that id as Idempotency-Key, keeps the answer', async () => {
    const box = tab(freshName());
    const { sent, sender } = recorder();
    box.registerSender('probe', sender);
    box.setUser(USER);
    const id = await box.enqueue('probe', { note: 'scan' });
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    await box.drain();
    expect(sent).toEqual([{ payload: { note: 'scan' }, key: id }]);
    const item = await box.db.items.get(id);
    expect(item).toMatchObject({
      state: 'sent',
      attempts: 1,
      result: { ok: { note: 'scan' } },
      userId: USER,
    });
  });

  it('keeps items across a reload and sends them when the new page drains', async () => {
    const name = freshName();
    const offline = tab(name, { isOnline: () => false });
    offline.setUser(USER);
    offline.registerSender('probe', async () => {
      throw new Error('must not send while offline');
    });
    const a = await offline.enqueue('probe', { n: 1 });
    const b = await offline.enqueue('probe', { n: 2 });
    expect(await offline.drain()).toEqual({ sent: 0, failed: 0, retrying: 0 });
    opened.pop()?.close();

    const reloaded = tab(name);
    const { sent, sender } = recorder();
    reloaded.registerSender('probe', sender);
    reloaded.setUser(USER);
    await reloaded.drain();
    // Oldest first, each exactly once.
    expect(sent.map((s) => s.key)).toEqual([a, b]);
  });

  it('backs off after a network failure and sends again with the same key when due', async () => {
    let clock = 1_000_000;
    const box = tab(freshName(), { now: () => clock, random: () => 1 });
    const { sent, sender } = recorder((_p, n) => {
      if (n === 1) throw new ApiError(0, 'network', 'offline');
      if (n === 2) throw new ApiError(503, 'internal', 'down');
      return { ok: true };
    });
    box.registerSender('probe', sender);
    box.setUser(USER);
    const id = await box.enqueue('probe', { x: 1 });
    await box.drain();
    let item = await box.db.items.get(id);
    expect(item).toMatchObject({ state: 'pending', attempts: 1, nextAttemptAt: clock + 2_000 });
    expect(item?.lastError?.code).toBe('network');
    await box.drain();
    expect(sent).toHaveLength(1); // not due yet
    clock += 2_000;
    await box.drain();
    item = await box.db.items.get(id);
    expect(item).toMatchObject({ state: 'pending', attempts: 2, nextAttemptAt: clock + 4_000 });
    clock += 4_000;
    await box.drain();
    expect((await box.db.items.get(id))?.state).toBe('sent');
    expect(new Set(sent.map((s) => s.key))).toEqual(new Set([id]));
  });

  it('marks a refused item failed with the server’s error; the others still go; fix, retry or discard', async () => {
    const box = tab(freshName());
    const { sent, sender } = recorder((payload) => {
      if ((payload as { n: number }).n < 0)
        throw new ApiError(400, 'validation_failed', 'Periksa isian', {
          fields: [{ path: 'n', message: 'Harus positif.' }],
        });
      return { ok: true };
    });
    box.registerSender('probe', sender);
    box.setUser(USER);
    const bad = await box.enqueue('probe', { n: -1 });
    const good = await box.enqueue('probe', { n: 2 });
    await box.drain();
    expect(await box.db.items.get(bad)).toMatchObject({
      state: 'failed',
      lastError: {
        status: 400,
        code: 'validation_failed',
        message: 'Periksa isian',
        fields: { n: 'Harus positif.' },
      },
    });
    expect((await box.db.items.get(good))?.state).toBe('sent');

    // Retrying unchanged fails again; fixing the payload sends it with the same key.
    await box.retry(bad);
    expect((await box.db.items.get(bad))?.state).toBe('failed');
    await box.update(bad, { n: 1 });
    expect(await box.db.items.get(bad)).toMatchObject({ state: 'sent', payload: { n: 1 } });
    expect(sent.filter((s) => s.key === bad)).toHaveLength(3);

    const other = await box.enqueue('probe', { n: -5 });
    await box.drain();
    expect(await box.countUnsent()).toBe(1); // the refused one; sent ones do not count
    expect(await box.discard(other)).toBe(true);
    expect(await box.db.items.get(other)).toBeUndefined();
  });

  it('pauses on a lost session without counting an attempt, and resumes after sign-in', async () => {
    let online = false;
    const box = tab(freshName(), { isOnline: () => online });
    let signedIn = false;
    const { sent, sender } = recorder(() => {
      if (!signedIn) throw new ApiError(401, 'unauthenticated', 'Silakan masuk');
      return { ok: true };
    });
    box.registerSender('probe', sender);
    box.setUser(USER);
    const a = await box.enqueue('probe', { n: 1 });
    const b = await box.enqueue('probe', { n: 2 });
    online = true;
    await box.drain();
    expect(sent).toHaveLength(1); // stopped at the first refusal
    expect(await box.db.items.get(a)).toMatchObject({ state: 'pending', attempts: 0 });
    signedIn = true;
    await box.drain();
    expect((await box.db.items.toArray()).map((i) => i.state)).toEqual(['sent', 'sent']);
    expect(sent.map((s) => s.key)).toEqual([a, a, b]);
  });

  it('sends only the signed-in person’s items, in their session', async () => {
    const box = tab(freshName());
    const { sent, sender } = recorder();
    box.registerSender('probe', sender);
    box.setUser(USER);
    const mine = await box.enqueue('probe', { who: 'me' });
    await box.drain();
    box.setUser('22222222-2222-4222-8222-222222222222');
    const theirs = await box.enqueue('probe', { who: 'them' });
    await box.drain();
    expect(sent.map((s) => s.key)).toEqual([mine, theirs]);
    box.setUser(null);
    await expect(box.enqueue('probe', {})).rejects.toThrow(/signed in/);
  });

  it('leaves items of a kind without a sender waiting', async () => {
    const box = tab(freshName());
    box.setUser(USER);
    const id = await box.enqueue('visit', { v: 1 });
    await box.drain();
    expect((await box.db.items.get(id))?.state).toBe('pending');
    const { sent, sender } = recorder();
    box.registerSender('visit', sender);
    await box.drain();
    expect(sent).toHaveLength(1);
  });

  it('never sends one item twice when two tabs drain at once (lease lock)', async () => {
    const name = freshName();
    const gate = deferred();
    const counts = new Map<string, number>();
    const slow = async (_p: unknown, ctx: SendContext) => {
      counts.set(ctx.idempotencyKey, (counts.get(ctx.idempotencyKey) ?? 0) + 1);
      await gate.promise;
      return { ok: true };
    };
    const a = tab(name);
    const b = tab(name);
    a.registerSender('probe', slow);
    b.registerSender('probe', slow);
    a.setUser(USER);
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) ids.push(await a.enqueue('probe', { i }));
    // Tab A is sending its first item and holds the lease: tab B stands aside.
    await expect.poll(() => counts.size).toBe(1);
    b.setUser(USER);
    expect((await b.drain()).busy).toBe(true);
    gate.resolve();
    await a.drain();
    await b.drain();
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect([...counts.keys()].sort()).toEqual([...ids].sort());
  });

  it('never sends one item twice even without a lock: each item is claimed in a transaction', async () => {
    const name = freshName();
    const noLock = <T,>(_name: string, fn: () => Promise<T>) => fn();
    const counts = new Map<string, number>();
    const sender = async (_p: unknown, ctx: SendContext) => {
      counts.set(ctx.idempotencyKey, (counts.get(ctx.idempotencyKey) ?? 0) + 1);
      await new Promise((r) => setTimeout(r, 1));
      return { ok: true };
    };
    const a = tab(name, { lock: noLock });
    const b = tab(name, { lock: noLock });
    a.registerSender('probe', sender);
    b.registerSender('probe', sender);
    const writer = tab(name, { isOnline: () => false });
    writer.setUser(USER);
    for (let i = 0; i < 10; i++) await writer.enqueue('probe', { i });
    a.setUser(USER);
    b.setUser(USER);
    await Promise.all([a.drain(), b.drain()]);
    expect(counts.size).toBe(10);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
  });

  it('a drain without a lock never takes back an item another drain is still sending', async () => {
    const name = freshName();
    const noLock = <T,>(_name: string, fn: () => Promise<T>) => fn();
    const gate = deferred();
    const counts = new Map<string, number>();
    const sender = async (_p: unknown, ctx: SendContext) => {
      const n = (counts.get(ctx.idempotencyKey) ?? 0) + 1;
      counts.set(ctx.idempotencyKey, n);
      if (counts.size === 1 && n === 1) await gate.promise;
      return { ok: true };
    };
    const writer = tab(name, { isOnline: () => false });
    writer.setUser(USER);
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) ids.push(await writer.enqueue('probe', { i }));
    const a = tab(name, { lock: noLock });
    a.registerSender('probe', sender);
    a.setUser(USER);
    await expect.poll(() => counts.size).toBe(1);
    // Tab A is stuck sending the first item; tab B drains meanwhile.
    const b = tab(name, { lock: noLock });
    b.registerSender('probe', sender);
    b.setUser(USER);
    await b.drain();
    expect(counts.get(ids[0])).toBe(1);
    gate.resolve();
    await a.drain();
    expect([...counts.keys()].sort()).toEqual([...ids].sort());
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
  });

  it('resends, with the same key, an item a closed tab left in "sending" once its claim lapsed', async () => {
    let clock = Date.now();
    const box = tab(freshName(), { now: () => clock });
    const id = '33333333-3333-4333-8333-333333333333';
    await box.db.items.add({
      id,
      kind: 'probe',
      payload: { n: 1 },
      userId: USER,
      state: 'sending',
      attempts: 0,
      createdAt: clock,
      updatedAt: clock,
      nextAttemptAt: clock,
      claimedUntil: clock + 60_000,
    });
    const { sent, sender } = recorder();
    box.registerSender('probe', sender);
    box.setUser(USER);
    // Still claimed: the other tab may be sending it right now.
    await box.drain();
    expect(sent).toEqual([]);
    expect((await box.db.items.get(id))?.state).toBe('sending');
    clock += 60_001;
    await box.drain();
    expect(sent).toEqual([{ payload: { n: 1 }, key: id }]);
    expect((await box.db.items.get(id))?.state).toBe('sent');
  });

  it('aborts a send that outlives its claim and tries it again later with the same key', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const box = tab(freshName());
      const keys: string[] = [];
      box.registerSender('probe', (_p: unknown, ctx: SendContext) => {
        keys.push(ctx.idempotencyKey);
        return new Promise((_resolve, reject) => {
          ctx.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        });
      });
      box.setUser(USER);
      const id = await box.enqueue('probe', { n: 1 });
      await expect.poll(() => keys.length).toBe(1);
      await vi.advanceTimersByTimeAsync(90_000);
      await box.drain();
      const item = await box.db.items.get(id);
      expect(item).toMatchObject({ state: 'pending', attempts: 1, lastError: { status: 408 } });
      expect(item?.claimedUntil).toBeUndefined();
      expect(keys).toEqual([id]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('drains when the network comes back', async () => {
    let online = false;
    const box = tab(freshName(), { isOnline: () => online });
    const { sent, sender } = recorder();
    box.registerSender('probe', sender);
    box.setUser(USER);
    const stop = box.start();
    try {
      await box.enqueue('probe', { n: 1 });
      await box.drain();
      expect(sent).toHaveLength(0);
      online = true;
      window.dispatchEvent(new Event('online'));
      await expect.poll(() => sent.length).toBe(1);
    } finally {
      stop();
    }
  });

  it('lease: a second holder is refused until the first releases or its lease lapses', async () => {
    let clock = 0;
    const db = openOutboxDb(freshName(), engine);
    opened.push(db);
    const first = leaseLock(db, () => clock);
    const second = leaseLock(db, () => clock);
    const inside = deferred();
    const held = first('x', () => inside.promise.then(() => 'done'));
    await expect.poll(async () => (await db.leases.get('x'))?.name).toBe('x');
    expect(await second('x', async () => 'second')).toBe('busy');
    clock += 60_000; // the first tab died: its lease lapsed
    expect(await second('x', async () => 'second')).toBe('second');
    inside.resolve();
    expect(await held).toBe('done');
  });
});

describe('classify', () => {
  it('retries what may pass later, pauses on a lost session, fails what the server refused', () => {
    expect(classify(new ApiError(0, 'network', ''))).toBe('offline');
    expect(classify(new ApiError(502, 'internal', ''))).toBe('retry');
    expect(classify(new ApiError(429, 'rate_limited', ''))).toBe('retry');
    expect(classify(new ApiError(409, 'idempotency_in_progress', ''))).toBe('retry');
    expect(classify(new ApiError(401, 'unauthenticated', ''))).toBe('paused');
    expect(classify(new ApiError(403, 'csrf_failed', ''))).toBe('paused');
    expect(classify(new ApiError(400, 'validation_failed', ''))).toBe('failed');
    expect(classify(new ApiError(403, 'forbidden', ''))).toBe('failed');
    expect(classify(new ApiError(409, 'conflict', ''))).toBe('failed');
    expect(classify(new ApiError(422, 'idempotency_key_reused', ''))).toBe('failed');
    expect(classify(new TypeError('bug'))).toBe('failed');
  });
});

describe('batch senders', () => {
  it('sends a batch kind several at a time; each item settles on its own answer', async () => {
    let online = false;
    let clock = 1_000;
    // Distinct stamps: the queue's order is the order items were made.
    const box = tab(freshName(), { isOnline: () => online, now: () => ++clock });
    box.setUser(USER);
    const single = recorder();
    const batches: { id: string; payload: unknown }[][] = [];
    box.registerSender('scan', single.sender, {
      batchSize: 3,
      batch: async (items) => {
        batches.push(items);
        return items.map((item) =>
          (item.payload as { n: number }).n === 2
            ? { ok: false as const, error: new ApiError(400, 'validation_failed', 'unknown code') }
            : { ok: true as const, answer: { id: item.id } },
        );
      },
    });
    const ids = [];
    for (let n = 1; n <= 5; n++) ids.push(await box.enqueue('scan', { n }));
    online = true;
    expect(await box.drain()).toEqual({ sent: 4, failed: 1, retrying: 0 });
    expect(single.sent).toEqual([]);
    expect(batches.map((b) => b.map((i) => (i.payload as { n: number }).n))).toEqual([
      [1, 2, 3],
      [4, 5],
    ]);
    expect(batches.flat().map((i) => i.id)).toEqual(ids);
    const items = await Promise.all(ids.map((id) => box.db.items.get(id)));
    expect(items.map((i) => i?.state)).toEqual(['sent', 'failed', 'sent', 'sent', 'sent']);
    expect(items[0]?.result).toEqual({ id: ids[0] });
    expect(items[1]?.lastError).toMatchObject({ status: 400, message: 'unknown code' });
  });

  it('a batch that fails as a whole leaves every item of it waiting', async () => {
    let online = false;
    const box = tab(freshName(), { isOnline: () => online });
    box.setUser(USER);
    box.registerSender('scan', recorder().sender, {
      batch: async () => {
        throw new ApiError(0, 'network', 'offline');
      },
    });
    const ids = [await box.enqueue('scan', { n: 1 }), await box.enqueue('scan', { n: 2 })];
    online = true;
    const result = await box.drain();
    expect(result.sent).toBe(0);
    const items = await Promise.all(ids.map((id) => box.db.items.get(id)));
    expect(items.map((i) => i?.state)).toEqual(['pending', 'pending']);
  });
});
