import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BLIMBING, createVia, KLOJEN, LOWOKWARU } from '#server/features/registry/test-helpers';
import { type Client, createTestApp, type TestApp } from '#server/test/app';
import { setupAdmin, userClient } from '#server/test/factories';
import { postVisit, producingAnswers, visitBody } from './test-helpers';

let t: TestApp;
let admin: Client;
let officer: Client;
let otherOfficer: Client;
let lowokwaru: { id: string };
let blimbing: { id: string };

const rowsOf = async (id: string) => {
  const result = await t.database.db.execute(
    `SELECT count(*)::int AS n FROM visits WHERE id = '${id}'` as never,
  );
  return (result as unknown as { rows: { n: number }[] }).rows[0].n;
};

beforeAll(async () => {
  t = await createTestApp();
  admin = await setupAdmin(t.app);
  officer = (await userClient(t.app, t.database, { role: 'officer', kecamatanCodes: [LOWOKWARU] })).client;
  otherOfficer = (await userClient(t.app, t.database, { role: 'officer', kecamatanCodes: [KLOJEN] })).client;
  lowokwaru = await createVia(admin, { name: 'UD Daun Tembaga' });
  blimbing = await createVia(admin, {
    name: 'CV Kriya Blimbing',
    districtCode: BLIMBING,
    villageCode: undefined,
  });
});
afterAll(() => t.close());

describe('the visit form', () => {
  it('serves the current default form with typed questions', async () => {
    const res = await officer.get('/api/forms/visit');
    expect(res.statusCode).toBe(200);
    const form = res.json();
    expect(form.version).toBe(1);
    const types = Object.fromEntries(
      form.questions.map((q: { key: string; type: string }) => [q.key, q.type]),
    );
    expect(types).toMatchObject({
      producing: 'choice',
      turnoverLastMonth: 'money',
      photos: 'photo',
      location: 'location',
    });
  });
});

describe('recording a visit', () => {
  it('creates it once: the same id or key again answers 200 with the stored visit', async () => {
    const body = visitBody(lowokwaru.id);
    const first = await postVisit(officer, body);
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      id: body.id,
      version: 1,
      status: 'submitted',
      businessName: 'UD Daun Tembaga',
    });
    const again = await postVisit(officer, body);
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(body.id);
    expect(again.json().version).toBe(1);
    expect(again.headers['idempotent-replayed']).toBe('true');
    // The same visit resent under a new key (the outbox lost its key): found by its id.
    const newKey = await postVisit(officer, body, randomUUID());
    expect(newKey.statusCode).toBe(200);
    // The same key for another visit is refused, not taken as that visit.
    const reused = await postVisit(officer, visitBody(lowokwaru.id), body.id);
    expect(reused.statusCode).toBe(422);
    expect(await rowsOf(body.id)).toBe(1);
  });

  it('refuses bad answers naming the question, and writes nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ piecesLastMonth: -1 }, 'answers.piecesLastMonth'],
      [{ producing: undefined }, 'answers.producing'],
      [{ salesChannels: ['telepathy'] }, 'answers.salesChannels'],
      [{ nonsense: 1 }, 'answers.nonsense'],
      [
        { photos: [{ data: `data:image/jpeg;base64,${Buffer.from('not a jpeg').toString('base64')}` }] },
        'answers.photos',
      ],
    ];
    for (const [change, path] of cases) {
      const body = visitBody(lowokwaru.id, { answers: producingAnswers(change) });
      const res = await postVisit(officer, body);
      expect(res.statusCode, path).toBe(400);
      expect(res.json().error.details.fields.map((f: { path: string }) => f.path)).toContain(path);
      expect(await rowsOf(body.id)).toBe(0);
    }
  });

  it('refuses an unknown business and a visit in the future', async () => {
    const unknown = await postVisit(officer, visitBody(randomUUID()));
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details.fields[0].path).toBe('businessId');
    const future = await postVisit(
      officer,
      visitBody(lowokwaru.id, { visitedAt: new Date(Date.now() + 86_400_000).toISOString() }),
    );
    expect(future.statusCode).toBe(400);
    expect(future.json().error.details.fields[0].path).toBe('visitedAt');
  });

  it('refuses an officer outside the business kecamatan (403), through every path', async () => {
    const body = visitBody(blimbing.id);
    expect((await postVisit(officer, body)).statusCode).toBe(403);
    const made = await postVisit(admin, visitBody(blimbing.id));
    expect(made.statusCode).toBe(201);
    const id = made.json().id;
    expect((await officer.get(`/api/visits/${id}`)).statusCode).toBe(403);
    expect((await officer.get(`/api/visits/${id}/history`)).statusCode).toBe(403);
    expect(
      (await officer.patch(`/api/visits/${id}`, { version: 1, answers: producingAnswers() })).statusCode,
    ).toBe(403);
    const list = await officer.get(`/api/visits?businessId=${blimbing.id}`);
    expect(list.json()).toMatchObject({ items: [], total: 0 });
    expect((await otherOfficer.get(`/api/visits?businessId=${lowokwaru.id}`)).json().total).toBe(0);
  });
});

describe('editing a visit', () => {
  it('bumps the version, keeps every version, and answers 409 with the server copy on a stale edit', async () => {
    const body = visitBody(lowokwaru.id);
    await postVisit(officer, body);
    const edit = await officer.patch(`/api/visits/${body.id}`, {
      version: 1,
      answers: producingAnswers({ piecesLastMonth: 55 }),
    });
    expect(edit.statusCode).toBe(200);
    expect(edit.json().version).toBe(2);
    // A second phone still holding version 1 edits something else: conflict, nothing overwritten.
    const stale = await officer.patch(`/api/visits/${body.id}`, {
      version: 1,
      answers: producingAnswers({ piecesLastMonth: 99 }),
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('conflict');
    expect(stale.json().error.details.current).toMatchObject({
      version: 2,
      answers: { piecesLastMonth: 55 },
    });
    // The same edit resent after a lost answer is recognised, not refused.
    const replay = await officer.patch(`/api/visits/${body.id}`, {
      version: 1,
      answers: producingAnswers({ piecesLastMonth: 55 }),
    });
    expect(replay.statusCode).toBe(200);
    expect(replay.json().version).toBe(2);
    const history = await officer.get(`/api/visits/${body.id}/history`);
    expect(
      history.json().items.map((v: { version: number; change: string }) => [v.version, v.change]),
    ).toEqual([
      [1, 'created'],
      [2, 'edited'],
    ]);
    expect(history.json().items[0].answers.piecesLastMonth).toBe(40);
  });
});

describe('review and owners', () => {
  it('lets an owner see only the approved visits of their own business', async () => {
    const { user: ownerUser, client: owner } = await userClient(t.app, t.database, { role: 'ikm_owner' });
    const own = await createVia(admin, {
      name: 'UD Milik Sendiri',
      owners: [{ person: { name: 'Siti', consent: { noticeVersion: '2025-01' } } }],
    });
    const detail = await admin.get(`/api/businesses/${own.id}`);
    const ownerId = detail.json().owners[0].id;
    const link = await admin.post(`/api/owners/${ownerId}/account`, { userId: ownerUser.id });
    expect([200, 201]).toContain(link.statusCode);
    const body = visitBody(own.id);
    expect((await postVisit(officer, body)).statusCode).toBe(201);
    expect((await owner.get('/api/visits')).json().total).toBe(0);
    expect((await owner.get(`/api/visits/${body.id}`)).statusCode).toBe(403);
    expect(
      (await officer.post(`/api/visits/${body.id}/review`, { version: 1, decision: 'approve' })).statusCode,
    ).toBe(403);
    const returned = await admin.post(`/api/visits/${body.id}/review`, { version: 1, decision: 'return' });
    expect(returned.statusCode).toBe(400);
    const approved = await admin.post(`/api/visits/${body.id}/review`, { version: 1, decision: 'approve' });
    expect(approved.json()).toMatchObject({ status: 'approved', version: 2 });
    const mine = await owner.get('/api/visits');
    expect(mine.json().items.map((v: { id: string }) => v.id)).toEqual([body.id]);
    expect(
      (await owner.patch(`/api/visits/${body.id}`, { version: 2, answers: producingAnswers() })).statusCode,
    ).toBe(403);
    expect((await owner.post('/api/visits', visitBody(own.id))).statusCode).toBe(403);

    // The explicit step into the registry's yearly figures: admins only, once, with provenance.
    expect((await officer.post(`/api/visits/${body.id}/to-registry`)).statusCode).toBe(403);
    const copied = await admin.post(`/api/visits/${body.id}/to-registry`);
    expect(copied.statusCode).toBe(201);
    expect((await admin.post(`/api/visits/${body.id}/to-registry`)).statusCode).toBe(409);
    const snapshots = (await admin.get(`/api/businesses/${own.id}`)).json().snapshots;
    expect(snapshots).toContainEqual(
      expect.objectContaining({
        id: copied.json().snapshotId,
        source: 'officer_visit',
        turnoverMonthlyIdr: 6_500_000,
        workersTotal: 3,
        workersMale: null,
      }),
    );
    expect((await admin.get(`/api/visits/${body.id}`)).json().registrySnapshotId).toBe(
      copied.json().snapshotId,
    );
  });
});
