import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BLIMBING, createVia, KLOJEN, LOWOKWARU } from '#server/features/registry/test-helpers';
import { type Client, createTestApp, type TestApp } from '#server/test/app';
import { setupAdmin, userClient } from '#server/test/factories';
import { createNeedVia, fieldsOf, messageOf, needBody } from './test-helpers';

let t: TestApp;
let admin: Client;
let officer: Client;
let officerId: string;
let otherOfficer: Client;
let trainer: Client;
let lowokwaru: { id: string };
let blimbing: { id: string };

beforeAll(async () => {
  t = await createTestApp();
  admin = await setupAdmin(t.app);
  const o = await userClient(t.app, t.database, { role: 'officer', kecamatanCodes: [LOWOKWARU] });
  officer = o.client;
  officerId = o.user.id;
  otherOfficer = (await userClient(t.app, t.database, { role: 'officer', kecamatanCodes: [KLOJEN] })).client;
  trainer = (await userClient(t.app, t.database, { role: 'trainer' })).client;
  lowokwaru = await createVia(admin, { name: 'UD Daun Tembaga' });
  blimbing = await createVia(admin, {
    name: 'CV Kriya Blimbing',
    districtCode: BLIMBING,
    villageCode: undefined,
  });
});
afterAll(() => t.close());

describe('recording a need', () => {
  it('answers 201 { id, status } and keeps who recorded it in the history', async () => {
    const res = await officer.post('/api/needs', needBody(lowokwaru.id));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({ id: expect.any(String), status: 'identified' });
    const detail = (await officer.get(`/api/needs/${res.json().id}`)).json();
    expect(detail).toMatchObject({
      businessId: lowokwaru.id,
      districtCode: LOWOKWARU,
      category: 'packaging',
      priority: 'high',
      evidenceSource: 'manual',
      canChange: true,
      nextStatuses: ['planned', 'in_progress', 'not_pursued'],
    });
    expect(detail.history).toEqual([
      expect.objectContaining({
        fromStatus: null,
        toStatus: 'identified',
        actorId: officerId,
        source: 'manual',
      }),
    ]);
    const audit = (await admin.get('/api/audit?action=needs.need_create')).json();
    expect(audit.items.some((a: { entityId: string }) => a.entityId === res.json().id)).toBe(true);
  });

  it('refuses a second open need of the same category (409 with the open one), not a closed one', async () => {
    const first = await createNeedVia(admin, needBody(lowokwaru.id, { category: 'capital' }));
    const again = await admin.post('/api/needs', needBody(lowokwaru.id, { category: 'capital' }));
    expect(again.statusCode).toBe(409);
    expect(again.json().error.details).toEqual({ field: 'category', id: first.id });
    await admin.patch(`/api/needs/${first.id}`, { status: 'not_pursued', note: 'Pemilik menolak pinjaman' });
    expect((await admin.post('/api/needs', needBody(lowokwaru.id, { category: 'capital' }))).statusCode).toBe(
      201,
    );
  });

  it('names the field of bad input, in the reader’s language', async () => {
    const category = await admin.post('/api/needs', needBody(lowokwaru.id, { category: 'snacks' }), {
      headers: { 'accept-language': 'id' },
    });
    expect(category.statusCode).toBe(400);
    expect(fieldsOf(category)).toEqual(['category']);
    expect(messageOf(category)).toMatch(/Kategori/);
    const unknown = await admin.post('/api/needs', needBody('00000000-0000-4000-8000-000000000001'), {
      headers: { 'accept-language': 'en' },
    });
    expect(unknown.statusCode).toBe(400);
    expect(fieldsOf(unknown)).toEqual(['businessId']);
    expect(messageOf(unknown)).toBe('Business not found.');
    const priority = await admin.post('/api/needs', needBody(lowokwaru.id, { priority: 'urgent' }));
    expect(fieldsOf(priority)).toEqual(['priority']);
  });

  it('keeps an officer to assigned kecamatan and an owner or trainer out of writing', async () => {
    const outside = await officer.post('/api/needs', needBody(blimbing.id));
    expect(outside.statusCode).toBe(403);
    expect(
      (await trainer.post('/api/needs', needBody(lowokwaru.id, { category: 'design' }))).statusCode,
    ).toBe(403);
    expect((await trainer.get('/api/needs')).statusCode).toBe(403);
  });
});

describe('status changes', () => {
  it('follows the allowed path and records who, when and why', async () => {
    const need = await createNeedVia(officer, needBody(lowokwaru.id, { category: 'design' }));
    for (const status of ['planned', 'in_progress', 'met'] as const) {
      const res = await officer.patch(`/api/needs/${need.id}`, { status, note: `ke ${status}` });
      expect(res.statusCode).toBe(200);
      expect(res.json().status).toBe(status);
    }
    const detail = (await officer.get(`/api/needs/${need.id}`)).json();
    expect(detail.history.map((h: { toStatus: string }) => h.toStatus)).toEqual([
      'identified',
      'planned',
      'in_progress',
      'met',
    ]);
    expect(detail.history[3]).toMatchObject({
      fromStatus: 'in_progress',
      note: 'ke met',
      actorId: officerId,
    });
    expect(detail.nextStatuses).toEqual([]);
  });

  it('refuses a jump that is not allowed with 400 naming status, and changes nothing', async () => {
    const need = await createNeedVia(officer, needBody(lowokwaru.id, { category: 'ip' }));
    const jump = await officer.patch(
      `/api/needs/${need.id}`,
      { status: 'met' },
      { headers: { 'accept-language': 'id' } },
    );
    expect(jump.statusCode).toBe(400);
    expect(fieldsOf(jump)).toEqual(['status']);
    expect(messageOf(jump)).toBe('Status tidak dapat berpindah dari “Teridentifikasi” ke “Terpenuhi”.');
    const bad = await officer.patch(`/api/needs/${need.id}`, { status: 'done' });
    expect(fieldsOf(bad)).toEqual(['status']);
    const detail = (await officer.get(`/api/needs/${need.id}`)).json();
    expect(detail.status).toBe('identified');
    expect(detail.history).toHaveLength(1);
  });

  it('answers 403 to an officer of another kecamatan and 404 for an unknown need', async () => {
    const need = await createNeedVia(admin, needBody(blimbing.id, { category: 'premises' }));
    expect((await officer.get(`/api/needs/${need.id}`)).statusCode).toBe(403);
    expect((await officer.patch(`/api/needs/${need.id}`, { status: 'planned' })).statusCode).toBe(403);
    expect((await otherOfficer.patch(`/api/needs/${need.id}`, { status: 'planned' })).statusCode).toBe(403);
    expect((await admin.get(`/api/needs/${need.id}`)).json().status).toBe('identified');
    expect((await admin.get('/api/needs/00000000-0000-4000-8000-000000000002')).statusCode).toBe(404);
  });

  it('lets a need not pursued be taken up again only while no other of its category is open', async () => {
    const old = await createNeedVia(admin, needBody(blimbing.id, { category: 'export' }));
    await admin.patch(`/api/needs/${old.id}`, { status: 'not_pursued' });
    const fresh = await createNeedVia(admin, needBody(blimbing.id, { category: 'export' }));
    const reopen = await admin.patch(`/api/needs/${old.id}`, { status: 'identified' });
    expect(reopen.statusCode).toBe(409);
    expect(reopen.json().error.details.id).toBe(fresh.id);
  });
});

describe('the list', () => {
  it('filters by business, category, kecamatan and status, within the asker’s scope', async () => {
    const all = (await admin.get('/api/needs?pageSize=200')).json();
    expect(all.items.some((n: { districtCode: string }) => n.districtCode === BLIMBING)).toBe(true);
    const mine = (await officer.get('/api/needs?pageSize=200')).json();
    expect(mine.total).toBeGreaterThan(0);
    expect(mine.items.every((n: { districtCode: string }) => n.districtCode === LOWOKWARU)).toBe(true);
    // Asking for another kecamatan gives nothing, not its rows.
    expect((await officer.get(`/api/needs?districtCode=${BLIMBING}`)).json().total).toBe(0);
    expect((await otherOfficer.get('/api/needs')).json().total).toBe(0);
    const packaging = (await admin.get(`/api/needs?businessId=${lowokwaru.id}&category=packaging`)).json();
    expect(packaging.items.map((n: { category: string }) => n.category)).toEqual(['packaging']);
    const open = (await admin.get(`/api/needs?businessId=${lowokwaru.id}&status=open`)).json();
    expect(
      open.items.every((n: { status: string }) =>
        ['identified', 'planned', 'in_progress'].includes(n.status),
      ),
    ).toBe(true);
    const met = (await admin.get(`/api/needs?businessId=${lowokwaru.id}&status=met`)).json();
    expect(met.items.map((n: { category: string }) => n.category)).toEqual(['design']);
    expect(fieldsOf(await admin.get('/api/needs?category=snacks'))).toEqual(['querystring.category']);
  });

  it('shows an owner their own business’s needs only, read-only', async () => {
    const { user, client: owner } = await userClient(t.app, t.database, { role: 'ikm_owner' });
    const own = await createVia(admin, {
      name: 'UD Milik Sendiri',
      owners: [{ person: { name: 'Siti', consent: { noticeVersion: '2025-01' } } }],
    });
    const ownerId = (await admin.get(`/api/businesses/${own.id}`)).json().owners[0].id;
    await admin.post(`/api/owners/${ownerId}/account`, { userId: user.id });
    const need = await createNeedVia(admin, needBody(own.id, { category: 'marketing' }));
    const list = (await owner.get('/api/needs')).json();
    expect(list.items.map((n: { id: string }) => n.id)).toEqual([need.id]);
    const detail = (await owner.get(`/api/needs/${need.id}`)).json();
    expect(detail).toMatchObject({ canChange: false, nextStatuses: [] });
    expect((await owner.patch(`/api/needs/${need.id}`, { status: 'planned' })).statusCode).toBe(403);
    expect((await owner.post('/api/needs', needBody(own.id, { category: 'design' }))).statusCode).toBe(403);
    const other = (await admin.get(`/api/needs?businessId=${lowokwaru.id}`)).json().items[0];
    expect((await owner.get(`/api/needs/${other.id}`)).statusCode).toBe(403);
  });
});
