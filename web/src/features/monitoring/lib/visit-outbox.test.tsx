import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { monitoringApi } from '#core/api/monitoring';
import { Outbox } from '#web/lib/outbox';
import { openOutboxDb } from '#web/lib/outbox/db';
import { loadOutbox } from '#web/lib/outbox/load';
import { apiError, stub, stubApi } from '#web/test/render';
import {
  queueNewVisit,
  queueVisitEdit,
  registerVisitSenders,
  VISIT_CREATE,
  VISIT_UPDATE,
  type VisitCreateItem,
} from './visit-outbox';

// The app's outbox is loaded on first use; here a test decides what the load gives.
vi.mock('#web/lib/outbox/load', () => ({ loadOutbox: vi.fn() }));

/*
 * Visits through the shared outbox against a stub server that behaves like the real one: it
 * keeps visits by id, answers a repeated key with the stored visit, refuses bad answers, and
 * answers a stale edit with 409 and its copy.
 */

const USER = '22222222-2222-4222-8222-222222222222';
const BUSINESS = '33333333-3333-4333-8333-333333333333';
const engine = { indexedDB, IDBKeyRange };
let n = 0;
const opened: { close(): void }[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

function phone(name: string, online = true) {
  const db = openOutboxDb(name, engine);
  opened.push(db);
  const box = new Outbox({ db, isOnline: () => online, random: () => 0 });
  registerVisitSenders(box);
  box.setUser(USER);
  return box;
}

function visit(id: string, answers: Record<string, unknown> = { producing: 'yes' }): VisitCreateItem {
  return {
    body: { id, businessId: BUSINESS, visitedAt: '2026-12-01', formVersion: 1, answers },
    label: { businessId: BUSINESS, businessName: 'UD Daun Tembaga' },
  };
}

const uuid = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;

type Stored = { id: string; version: number; answers: unknown };

function fakeServer(options: { loseFirstAnswer?: boolean } = {}) {
  const rows = new Map<string, Stored>();
  let lost = false;
  const calls = stubApi([
    stub(monitoringApi.createVisit, ({ body }) => {
      const b = body as { id: string; answers: { producing?: string } };
      if (b.answers.producing === 'maybe')
        return apiError(400, 'validation_failed', 'Periksa isian', [
          { path: 'answers.producing', message: '“Masih memproduksi?”: pilih dari daftar.' },
        ]);
      const row = rows.get(b.id) ?? { id: b.id, version: 1, answers: b.answers };
      rows.set(b.id, row);
      if (options.loseFirstAnswer && !lost) {
        lost = true;
        // Committed on the server, but the phone never hears back.
        throw new TypeError('network down');
      }
      return { status: 201, body: row };
    }),
    stub(monitoringApi.updateVisit, ({ body, params }) => {
      const b = body as { version: number; answers: unknown };
      const row = rows.get(params.id);
      if (!row) return apiError(404, 'not_found', 'Tidak ditemukan');
      if (row.version !== b.version)
        return {
          status: 409,
          body: { error: { code: 'conflict', message: 'Sudah diubah', details: { current: row } } },
        };
      const next = { ...row, version: row.version + 1, answers: b.answers };
      rows.set(params.id, next);
      return next;
    }),
  ]);
  return { rows, calls };
}

describe('visits through the outbox', () => {
  it('keeps visits made offline across a reload; each arrives once, a refused one does not block the rest', async () => {
    const name = `visits-${++n}`;
    const server = fakeServer();
    const offline = phone(name, false);
    await queueNewVisit(visit(uuid(1)), offline);
    await queueNewVisit(visit(uuid(2), { producing: 'maybe' }), offline);
    await queueNewVisit(visit(uuid(3)), offline);
    await offline.drain();
    expect(server.calls).toHaveLength(0);
    opened.pop()?.close();

    const back = phone(name);
    await back.drain();
    expect([...server.rows.keys()].sort()).toEqual([uuid(1), uuid(3)]);
    const items = await back.db.items.toArray();
    expect(Object.fromEntries(items.map((i) => [i.id, i.state]))).toEqual({
      [uuid(1)]: 'sent',
      [uuid(2)]: 'failed',
      [uuid(3)]: 'sent',
    });
    const refused = items.find((i) => i.id === uuid(2));
    expect(refused?.lastError?.fields).toEqual({
      'answers.producing': '“Masih memproduksi?”: pilih dari daftar.',
    });
    // Every send carried the visit's own id as its Idempotency-Key.
    const sent = server.calls.filter((c) => c.method === 'POST').map((c) => (c.body as { id: string }).id);
    expect(sent).toEqual([uuid(1), uuid(2), uuid(3)]);

    // Fixed on the phone and sent again: now it arrives, still once.
    await back.update(uuid(2), visit(uuid(2), { producing: 'no' }));
    expect(server.rows.size).toBe(3);
  });

  it('sends again after a lost answer with the same key, and the server keeps one row', async () => {
    const server = fakeServer({ loseFirstAnswer: true });
    const box = phone(`visits-${++n}`);
    await queueNewVisit(visit(uuid(10)), box);
    await box.drain();
    expect((await box.db.items.get(uuid(10)))?.state).toBe('pending');
    await box.retry(uuid(10));
    expect((await box.db.items.get(uuid(10)))?.state).toBe('sent');
    expect(server.calls.filter((c) => c.method === 'POST')).toHaveLength(2);
    expect(server.rows.size).toBe(1);
  });

  it('a stale correction is refused with the server copy; keeping mine resends it on the new version', async () => {
    const server = fakeServer();
    const box = phone(`visits-${++n}`);
    server.rows.set(uuid(20), { id: uuid(20), version: 2, answers: { producing: 'no' } });
    const id = await queueVisitEdit(
      {
        visitId: uuid(20),
        body: { version: 1, answers: { producing: 'yes' } },
        label: visit(uuid(20)).label,
      },
      box,
    );
    await box.drain();
    const failed = await box.db.items.get(id);
    expect(failed?.state).toBe('failed');
    expect(failed?.lastError?.status).toBe(409);
    expect(failed?.lastError?.details?.current).toMatchObject({ version: 2, answers: { producing: 'no' } });
    expect(server.rows.get(uuid(20))?.answers).toEqual({ producing: 'no' });
    await box.update(id, {
      visitId: uuid(20),
      body: { version: 2, answers: { producing: 'yes' } },
      label: visit(uuid(20)).label,
    });
    expect((await box.db.items.get(id))?.state).toBe('sent');
    expect(server.rows.get(uuid(20))).toMatchObject({ version: 3, answers: { producing: 'yes' } });
  });
});

describe("the app's visit senders", () => {
  it('are registered once the outbox loads, and tried again when its chunk failed to load', async () => {
    const registerSender = vi.fn();
    const app = { registerSender } as unknown as Outbox;
    vi.mocked(loadOutbox).mockRejectedValueOnce(new Error('chunk')).mockResolvedValue(app);
    await expect(registerVisitSenders()).rejects.toThrow('chunk');
    expect(registerSender).not.toHaveBeenCalled();
    await registerVisitSenders();
    expect(registerSender.mock.calls.map(([kind]) => kind)).toEqual([VISIT_CREATE, VISIT_UPDATE]);
    await registerVisitSenders();
    expect(registerSender).toHaveBeenCalledTimes(2);
  });
});
