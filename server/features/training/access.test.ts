import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { owners, trainingRegistrations } from '#server/db/schema';
import type { Client, TestApp } from '#server/test/app';
import { userClient } from '#server/test/factories';
import {
  BLIMBING,
  createEvent,
  eventBody,
  LOWOKWARU,
  registerPublic,
  registrant,
  scan,
  trainingApp,
} from './test-helpers';

/* Who may do what: owners see only their own, officers only their kecamatan, trainers only their events. */

let t: TestApp;
let admin: Client;
let officer: Client;
let trainer: Client;
let otherTrainer: Client;
let owner: Client;
let strangerOwner: Client;
let event: { id: string; sessions: { id: string }[] };
let mine: { id: string; code: string };
let blimbing: { id: string; code: string };
let certCode: string;

beforeAll(async () => {
  ({ t, admin } = await trainingApp());
  officer = (await userClient(t.app, t.database, { role: 'officer', kecamatanCodes: [LOWOKWARU] })).client;
  const tr = await userClient(t.app, t.database, { role: 'trainer' });
  trainer = tr.client;
  otherTrainer = (await userClient(t.app, t.database, { role: 'trainer' })).client;
  const ikm = await userClient(t.app, t.database, { role: 'ikm_owner' });
  owner = ikm.client;
  strangerOwner = (await userClient(t.app, t.database, { role: 'ikm_owner' })).client;
  event = await createEvent(admin, { trainerIds: [tr.user.id] });
  mine = (await registerPublic(t, event.id, registrant(1))).json();
  blimbing = (await registerPublic(t, event.id, registrant(2, { districtCode: BLIMBING }))).json();
  // The first registrant's registry person is linked to the ikm_owner account.
  const [reg] = await t.database.db
    .select()
    .from(trainingRegistrations)
    .where(eq(trainingRegistrations.id, mine.id));
  await t.database.db.update(owners).set({ userId: ikm.user.id }).where(eq(owners.id, reg.ownerId));
  for (const r of [mine, blimbing])
    for (const s of event.sessions)
      await admin.post(`/api/events/${event.id}/attendance`, scan(r.code, s.id));
  certCode = (await admin.post(`/api/events/${event.id}/certificates`, {})).json().items[0].code;
});
afterAll(() => t.close());

describe('IKM owners', () => {
  it('see their own registrations and certificate, nobody else’s', async () => {
    const res = await owner.get('/api/my/registrations');
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((i: { id: string }) => i.id)).toEqual([mine.id]);
    const cert = res.json().items[0].certificate;
    expect((await owner.get(`/api/certificates/${cert.code}.pdf`)).statusCode).toBe(200);
    expect((await strangerOwner.get('/api/my/registrations')).json().items).toEqual([]);
    expect((await strangerOwner.get(`/api/certificates/${cert.code}.pdf`)).statusCode).toBe(404);
  });

  it('cannot reach the office’s event pages', async () => {
    expect((await owner.get('/api/events')).statusCode).toBe(403);
    expect((await owner.get(`/api/events/${event.id}/registrations`)).statusCode).toBe(404);
    expect(
      (await owner.post(`/api/events/${event.id}/attendance`, scan(mine.code, event.sessions[0].id)))
        .statusCode,
    ).toBe(404);
  });
});

describe('officers', () => {
  it('see only participants of their kecamatan', async () => {
    const res = await officer.get(`/api/events/${event.id}/registrations`);
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((i: { id: string }) => i.id)).toEqual([mine.id]);
    const att = (await officer.get(`/api/events/${event.id}/attendance`)).json();
    expect(att.items.every((a: { registrationId: string }) => a.registrationId === mine.id)).toBe(true);
    const certs = (await officer.get(`/api/events/${event.id}/certificates`)).json();
    expect(certs.items.every((c: { registrationId: string }) => c.registrationId === mine.id)).toBe(true);
  });

  it('register and scan only inside their kecamatan', async () => {
    const outside = await officer.post(
      `/api/events/${event.id}/registrations`,
      registrant(3, { districtCode: BLIMBING }),
    );
    expect(outside.statusCode).toBe(403);
    const inside = await officer.post(`/api/events/${event.id}/registrations`, registrant(4));
    expect(inside.statusCode).toBe(201);
    const scanOutside = await officer.post(
      `/api/events/${event.id}/attendance`,
      scan(blimbing.code, event.sessions[0].id),
    );
    expect(scanOutside.statusCode).toBe(403);
    // The same refusal per scan when queued scans are sent together; nothing is written for it.
    const batch = await officer.post(`/api/events/${event.id}/attendance/batch`, {
      scans: [scan(blimbing.code, event.sessions[0].id)],
    });
    expect(batch.statusCode).toBe(200);
    expect(batch.json().items[0]).toMatchObject({ status: 403, error: { code: 'forbidden' } });
    expect(batch.json().items[0].record).toBeUndefined();
    const blimbingCert = (await admin.get(`/api/events/${event.id}/certificates`))
      .json()
      .items.find((c: { registrationId: string }) => c.registrationId === blimbing.id);
    expect((await officer.get(`/api/certificates/${blimbingCert.code}.pdf`)).statusCode).toBe(404);
  });

  it('cannot create events, issue, revoke or finish', async () => {
    expect((await officer.post('/api/events', eventBody())).statusCode).toBe(403);
    expect((await officer.post(`/api/events/${event.id}/certificates`, {})).statusCode).toBe(403);
    expect((await officer.post(`/api/certificates/${certCode}/revoke`, { reason: 'coba' })).statusCode).toBe(
      403,
    );
    expect((await officer.post(`/api/events/${event.id}/finish`)).statusCode).toBe(403);
  });
});

describe('trainers', () => {
  it('work only on the events they are assigned to', async () => {
    expect((await otherTrainer.get(`/api/events/${event.id}`)).statusCode).toBe(404);
    const batch = await otherTrainer.post(`/api/events/${event.id}/attendance/batch`, {
      scans: [scan('ABCDEFGH', event.sessions[0].id)],
    });
    expect(batch.statusCode).toBe(404);
    expect((await otherTrainer.get('/api/events')).json().items).toEqual([]);
    expect((await trainer.get('/api/events')).json().items.map((e: { id: string }) => e.id)).toEqual([
      event.id,
    ]);
  });

  it('see names but not phone numbers, record scores and attendance', async () => {
    const list = (await trainer.get(`/api/events/${event.id}/registrations`)).json();
    expect(list.items).toHaveLength(3);
    expect(list.items[0].phone).toMatch(/•/);
    expect(list.items[0].email).toBeNull();
    expect(
      (
        await trainer.put(`/api/events/${event.id}/assessments`, {
          items: [{ registrationId: mine.id, pre: 50 }],
        })
      ).statusCode,
    ).toBe(200);
  });

  it('may not edit the event, override the rule or revoke', async () => {
    expect((await trainer.patch(`/api/events/${event.id}`, { capacity: 50 })).statusCode).toBe(403);
    expect(
      (
        await trainer.post(`/api/events/${event.id}/certificates`, {
          override: { reason: 'karena saya mau' },
        })
      ).statusCode,
    ).toBe(403);
    expect((await trainer.post(`/api/certificates/${certCode}/revoke`, { reason: 'coba' })).statusCode).toBe(
      403,
    );
  });
});

describe('without an account', () => {
  it('sees nothing of the office’s pages', async () => {
    for (const url of ['/api/events', `/api/events/${event.id}/registrations`, '/api/my/registrations'])
      expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401);
  });
});
