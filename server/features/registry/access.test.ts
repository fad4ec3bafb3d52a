import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, type TestApp } from '#server/test/app';
import { setupAdmin, userClient } from '#server/test/factories';
import {
  ARJOSARI,
  BLIMBING,
  businessBody,
  createVia,
  LOWOKWARU,
  NIK_SITI,
  personOwner,
} from './test-helpers';

/* Deny by default: every refusal of every role, and the lists filtered to each scope. */

let t: TestApp;
let admin: Client;
let officer: Client;
let owner: Client;
let strangerOwner: Client;
let trainer: Client;
type Rec = { id: string; owners: { id: string }[] };
let mine: Rec;
let foreign: Rec;

beforeAll(async () => {
  t = await createTestApp();
  admin = await setupAdmin(t.app);
  mine = await createVia(admin, {
    name: 'Batik Tulis Lowokwaru',
    owners: [personOwner('Siti Aminah', { nik: NIK_SITI })],
  });
  foreign = await createVia(admin, {
    name: 'Batik Blimbing Indah',
    districtCode: BLIMBING,
    villageCode: ARJOSARI,
    owners: [personOwner('Bambang')],
  });
  officer = (await userClient(t.app, t.database, { role: 'officer', kecamatanCodes: [LOWOKWARU] })).client;
  const ikm = await userClient(t.app, t.database, { role: 'ikm_owner' });
  owner = ikm.client;
  const link = await admin.post(`/api/owners/${mine.owners[0].id}/account`, { userId: ikm.user.id });
  if (link.statusCode !== 200) throw new Error(link.body);
  strangerOwner = (await userClient(t.app, t.database, { role: 'ikm_owner' })).client;
  trainer = (await userClient(t.app, t.database, { role: 'trainer' })).client;
});
afterAll(async () => t.close());

const ids = (res: { json(): { items: { id: string }[] } }) => res.json().items.map((i) => i.id);

describe('a field officer', () => {
  it('lists and maps only their kecamatan, whatever the filter asks', async () => {
    expect(ids(await officer.get('/api/businesses'))).toEqual([mine.id]);
    expect(ids(await officer.get(`/api/businesses?kecamatan=${BLIMBING}`))).toEqual([]);
    expect(ids(await officer.get('/api/businesses?q=batik'))).toEqual([mine.id]);
    expect((await officer.get('/api/businesses')).json().total).toBe(1);
  });

  it('gets 404 for every read or write of a record outside their kecamatan', async () => {
    const base = `/api/businesses/${foreign.id}`;
    expect((await officer.get(base)).statusCode).toBe(404);
    expect((await officer.patch(base, { name: 'x' })).statusCode).toBe(404);
    expect((await officer.delete(base)).statusCode).toBe(404);
    expect((await officer.get(`${base}/history`)).statusCode).toBe(404);
    expect((await officer.post(`${base}/snapshots`, { dataYear: 2024 })).statusCode).toBe(404);
    expect((await officer.post(`${base}/certifications`, { type: 'halal' })).statusCode).toBe(404);
    expect((await officer.post(`${base}/owners`, personOwner('Tamu'))).statusCode).toBe(404);
    expect((await officer.get(`/api/owners/${foreign.owners[0].id}`)).statusCode).toBe(404);
  });

  it('gets 403 creating in, or moving a record to, a kecamatan they do not hold', async () => {
    const create = await officer.post(
      '/api/businesses',
      businessBody({ districtCode: BLIMBING, villageCode: ARJOSARI }),
    );
    expect(create.statusCode).toBe(403);
    const move = await officer.patch(`/api/businesses/${mine.id}`, { districtCode: BLIMBING });
    expect(move.statusCode).toBe(403);
    expect((await officer.post('/api/businesses', businessBody({ name: 'Milik Petugas' }))).statusCode).toBe(
      201,
    );
  });

  it('may edit within scope but not merge, reveal, export, erase or link accounts', async () => {
    expect((await officer.patch(`/api/businesses/${mine.id}`, { sentra: 'Sentra Batik' })).statusCode).toBe(
      200,
    );
    const ownerId = mine.owners[0].id;
    expect((await officer.get(`/api/owners/${ownerId}`)).statusCode).toBe(200);
    expect((await officer.post(`/api/businesses/${mine.id}/merge`, { otherId: foreign.id })).statusCode).toBe(
      403,
    );
    expect((await officer.post(`/api/owners/${ownerId}/reveal-nik`)).statusCode).toBe(403);
    expect((await officer.get(`/api/owners/${ownerId}/export`)).statusCode).toBe(403);
    expect((await officer.post(`/api/owners/${ownerId}/erase`)).statusCode).toBe(403);
    expect((await officer.post(`/api/owners/${ownerId}/account`, { userId: ownerId })).statusCode).toBe(403);
  });

  it('learns of duplicates outside their kecamatan only that they exist, not which record', async () => {
    const res = await officer.get('/api/businesses/duplicates?name=Batik%20Blimbing%20Indah');
    expect(res.json().items.find((i: { id: string }) => i.id === foreign.id)).toBeUndefined();
    expect(res.json().elsewhere).toEqual({ count: 1, reasons: ['similar_name'] });
    expect(res.body).not.toContain(foreign.id);
  });
});

describe('an IKM owner', () => {
  it('lists and reads only the businesses of the person linked to their account', async () => {
    expect(ids(await owner.get('/api/businesses'))).toEqual([mine.id]);
    expect((await owner.get(`/api/businesses/${mine.id}`)).json().permissions).toMatchObject({
      edit: true,
      delete: false,
      merge: false,
      changeDistrict: false,
      revealNik: false,
    });
    expect((await owner.get(`/api/businesses/${foreign.id}`)).statusCode).toBe(404);
    expect((await owner.patch(`/api/businesses/${foreign.id}`, { name: 'x' })).statusCode).toBe(404);
    expect((await owner.get(`/api/owners/${foreign.owners[0].id}`)).statusCode).toBe(404);
  });

  it('edits their business and figures (as a self-update) but cannot move, delete, merge or create', async () => {
    expect((await owner.patch(`/api/businesses/${mine.id}`, { brand: 'Siti Batik' })).statusCode).toBe(200);
    const snap = await owner.post(`/api/businesses/${mine.id}/snapshots`, {
      dataYear: 2024,
      source: 'survey',
    });
    expect(snap.statusCode).toBe(201);
    expect(snap.json().source).toBe('owner_self_update');
    expect((await owner.patch(`/api/businesses/${mine.id}`, { districtCode: BLIMBING })).statusCode).toBe(
      403,
    );
    expect((await owner.delete(`/api/businesses/${mine.id}`)).statusCode).toBe(403);
    expect((await owner.post(`/api/businesses/${mine.id}/merge`, { otherId: foreign.id })).statusCode).toBe(
      403,
    );
    expect((await owner.post('/api/businesses', businessBody())).statusCode).toBe(403);
    expect((await owner.post(`/api/businesses/${mine.id}/owners`, personOwner('Adik'))).statusCode).toBe(403);
    expect((await owner.get('/api/businesses/duplicates?name=batik')).statusCode).toBe(403);
  });

  it('reads, corrects and exports their own person record, but may not reveal the NIK', async () => {
    const ownerId = mine.owners[0].id;
    expect((await owner.patch(`/api/owners/${ownerId}`, { phone: '0812 1111 2222' })).json().phone).toBe(
      '+6281211112222',
    );
    const exported = await owner.get(`/api/owners/${ownerId}/export`);
    expect(exported.statusCode).toBe(200);
    expect(exported.json().businesses.map((b: { id: string }) => b.id)).toEqual([mine.id]);
    expect((await owner.post(`/api/owners/${ownerId}/reveal-nik`)).statusCode).toBe(403);
    expect((await owner.get(`/api/owners/${foreign.owners[0].id}/export`)).statusCode).toBe(404);
  });

  it('sees nothing at all when no person is linked to the account', async () => {
    expect(ids(await strangerOwner.get('/api/businesses'))).toEqual([]);
    expect((await strangerOwner.get(`/api/businesses/${mine.id}`)).statusCode).toBe(404);
    expect((await strangerOwner.get(`/api/businesses/map`)).json().items).toEqual([]);
  });
});

describe('trainers and strangers', () => {
  it('trainers have no registry access (403) but can use region pickers', async () => {
    expect((await trainer.get('/api/businesses')).statusCode).toBe(403);
    expect((await trainer.get(`/api/businesses/${mine.id}`)).statusCode).toBe(403);
    expect((await trainer.post('/api/businesses', businessBody())).statusCode).toBe(403);
    expect((await trainer.get('/api/businesses/map')).statusCode).toBe(403);
    expect((await trainer.get(`/api/owners/${mine.owners[0].id}`)).statusCode).toBe(403);
    expect((await trainer.get('/api/regions?parent=35.73')).statusCode).toBe(200);
  });

  it('refuses everything without a session (401) and writes without the CSRF header (403)', async () => {
    const anon = new Client(t.app);
    expect((await anon.get('/api/businesses')).statusCode).toBe(401);
    expect((await anon.get('/api/regions?parent=35.73')).statusCode).toBe(401);
    expect((await anon.get(`/api/owners/${mine.owners[0].id}/export`)).statusCode).toBe(401);
    const noCsrf = await admin.post('/api/businesses', businessBody(), {
      headers: { 'x-csrf-token': 'nope' },
    });
    expect(noCsrf.statusCode).toBe(403);
  });
});
