import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BLIMBING, createVia, KLOJEN, LOWOKWARU } from '#server/features/registry/test-helpers';
import {
  createEvent,
  registerPublic,
  registrant,
  scan,
  trainingApp,
} from '#server/features/training/test-helpers';
import type { Client, TestApp } from '#server/test/app';
import { userClient } from '#server/test/factories';
import { supportFromTraining } from './service';
import { createNeedVia, fieldsOf, messageOf, needBody, supportBody } from './test-helpers';

let t: TestApp;
let admin: Client;
let officer: Client;
let otherOfficer: Client;
let lowokwaru: { id: string };
let lowokwaru2: { id: string };
let blimbing: { id: string };

beforeAll(async () => {
  ({ t, admin } = await trainingApp());
  officer = (await userClient(t.app, t.database, { role: 'officer', kecamatanCodes: [LOWOKWARU] })).client;
  otherOfficer = (await userClient(t.app, t.database, { role: 'officer', kecamatanCodes: [KLOJEN] })).client;
  lowokwaru = await createVia(admin, { name: 'UD Daun Tembaga' });
  lowokwaru2 = await createVia(admin, { name: 'UD Tembaga Dua' });
  blimbing = await createVia(admin, {
    name: 'CV Kriya Blimbing',
    districtCode: BLIMBING,
    villageCode: undefined,
  });
});
afterAll(() => t.close());

describe('recording support', () => {
  it('answers 201, links businesses and needs, and moves answered needs to in progress', async () => {
    const need = await createNeedVia(officer, needBody(lowokwaru.id, { category: 'equipment' }));
    const res = await officer.post(
      '/api/support',
      supportBody([lowokwaru.id, lowokwaru2.id], { needIds: [need.id], title: 'Hibah mesin poles' }),
    );
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({ id: expect.any(String), needsMoved: [need.id] });
    const detail = (await officer.get(`/api/support/${res.json().id}`)).json();
    expect(detail).toMatchObject({
      type: 'equipment_grant',
      valueIdr: 15_000_000,
      deliveredBy: { kind: 'office', name: 'Diskopindag Kota Malang' },
      businessCount: 2,
      needCount: 1,
      hiddenBusinesses: 0,
    });
    expect(detail.needs.map((n: { id: string }) => n.id)).toEqual([need.id]);
    const needDetail = (await officer.get(`/api/needs/${need.id}`)).json();
    expect(needDetail.status).toBe('in_progress');
    expect(needDetail.history[1]).toMatchObject({ source: 'support', supportId: res.json().id });
    expect(needDetail.support.map((s: { id: string }) => s.id)).toEqual([res.json().id]);
    // Met is still the officer's call.
    expect((await officer.patch(`/api/needs/${need.id}`, { status: 'met' })).statusCode).toBe(200);
    const audit = (await admin.get('/api/audit?action=needs.support_create')).json();
    expect(audit.items[0].entityId).toBe(res.json().id);
  });

  it('names the field of bad input: value below zero, unknown business, a need of another business', async () => {
    const negative = await admin.post('/api/support', supportBody([lowokwaru.id], { valueIdr: -1 }), {
      headers: { 'accept-language': 'id' },
    });
    expect(negative.statusCode).toBe(400);
    expect(fieldsOf(negative)).toEqual(['valueIdr']);
    expect(messageOf(negative)).toMatch(/Nilai \(Rp\)/);
    expect(
      fieldsOf(await admin.post('/api/support', supportBody([lowokwaru.id], { valueIdr: 1.5 }))),
    ).toEqual(['valueIdr']);
    expect(fieldsOf(await admin.post('/api/support', supportBody([lowokwaru.id], { type: 'gift' })))).toEqual(
      ['type'],
    );
    const unknown = await admin.post(
      '/api/support',
      supportBody([lowokwaru.id, '00000000-0000-4000-8000-000000000003']),
      { headers: { 'accept-language': 'en' } },
    );
    expect(unknown.statusCode).toBe(400);
    expect(fieldsOf(unknown)).toEqual(['businessIds']);
    expect(messageOf(unknown)).toBe('1 business(es) not found.');
    const elsewhere = await createNeedVia(admin, needBody(blimbing.id, { category: 'capital' }));
    const mismatch = await admin.post(
      '/api/support',
      supportBody([lowokwaru.id], { needIds: [elsewhere.id] }),
    );
    expect(fieldsOf(mismatch)).toEqual(['needIds']);
    expect((await admin.get(`/api/needs/${elsewhere.id}`)).json().status).toBe('identified');
    const total = (await admin.get('/api/support')).json().total;
    expect(total).toBe(1);
  });

  it('refuses an officer support reaching another kecamatan, whole', async () => {
    const res = await officer.post('/api/support', supportBody([lowokwaru.id, blimbing.id]));
    expect(res.statusCode).toBe(403);
    expect((await admin.get('/api/support')).json().total).toBe(1);
  });

  it('shows an officer only their businesses of support that reached several kecamatan', async () => {
    const both = (
      await admin.post('/api/support', supportBody([lowokwaru.id, blimbing.id], { type: 'exhibition' }))
    ).json().id;
    const seen = (await officer.get(`/api/support/${both}`)).json();
    expect(seen.businesses.map((b: { id: string }) => b.id)).toEqual([lowokwaru.id]);
    expect(seen).toMatchObject({ businessCount: 1, hiddenBusinesses: 1 });
    expect((await otherOfficer.get(`/api/support/${both}`)).statusCode).toBe(403);
    expect((await otherOfficer.get('/api/support')).json().total).toBe(0);
    const list = (await officer.get('/api/support?type=exhibition')).json();
    expect(list.items.map((s: { id: string; businessCount: number }) => [s.id, s.businessCount])).toEqual([
      [both, 1],
    ]);
    expect((await officer.get(`/api/support?businessId=${blimbing.id}`)).json().total).toBe(0);
    expect((await admin.get(`/api/support?districtCode=${BLIMBING}`)).json().total).toBe(1);
  });
});

describe('a finished training event', () => {
  it('is support of type training for its participants’ businesses, recorded once', async () => {
    const event = await createEvent(admin);
    const regs: { code: string }[] = [];
    for (let i = 1; i <= 3; i++) regs.push((await registerPublic(t, event.id, registrant(i))).json());
    // Two attend both sessions; the third never comes (not in the cohort).
    for (const reg of regs.slice(0, 2))
      for (const s of event.sessions) {
        const body = scan(reg.code, s.id);
        expect((await admin.post(`/api/events/${event.id}/attendance`, body)).statusCode).toBe(201);
      }
    const finish = await admin.post(`/api/events/${event.id}/finish`);
    expect(finish.statusCode).toBe(200);
    const list = (await admin.get('/api/support?type=training')).json();
    expect(list.total).toBe(1);
    const support = (await admin.get(`/api/support/${list.items[0].id}`)).json();
    expect(support).toMatchObject({
      trainingEventId: event.id,
      valueIdr: 0,
      date: '2026-03-11',
      title: 'Pelatihan Kriya Electroforming',
    });
    expect(support.businesses).toHaveLength(2);
    expect(support.businesses.every((b: { districtCode: string }) => b.districtCode === LOWOKWARU)).toBe(
      true,
    );
    // Finishing again is refused by training; nothing is recorded twice.
    expect((await admin.post(`/api/events/${event.id}/finish`)).statusCode).toBe(409);
    const replay = await supportFromTraining(
      t.database.db,
      { actor: null, ip: null },
      {
        eventId: event.id,
        title: 'x',
        endDate: '2026-03-11',
        organizer: 'x',
        businessIds: [lowokwaru.id],
      },
    );
    expect(replay).toBeNull();
    expect((await admin.get('/api/support?type=training')).json().total).toBe(1);
  });
});
