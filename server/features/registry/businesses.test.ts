import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from '#server/test/app';
import { setupAdmin } from '#server/test/factories';
import {
  ARJOSARI,
  BLIMBING,
  businessBody,
  CONSENT,
  createVia,
  DINOYO,
  LOWOKWARU,
  NIK_SITI,
  nextNib,
  personOwner,
} from './test-helpers';

let t: TestApp;
let admin: Client;

beforeAll(async () => {
  t = await createTestApp();
  admin = await setupAdmin(t.app);
});
afterAll(async () => t.close());

describe('creating a business', () => {
  it('registers a business with owner, first snapshot and certification, with region names', async () => {
    const nib = nextNib();
    const res = await admin.post(
      '/api/businesses',
      businessBody({
        nib: `9120 ${nib.slice(4)}`,
        brand: 'Daun',
        legalForm: 'perorangan',
        kbli: [{ code: '32111', version: 2020 }],
        lat: -7.9389,
        lng: 112.6105,
        yearFounded: '2015',
        owners: [personOwner('Siti Aminah', { nik: NIK_SITI, phone: '0812-3456-7890', gender: 'female' })],
        snapshot: { dataYear: 2024, workersMale: 1, workersFemale: '2', turnoverYearlyIdr: 'Rp 60.000.000' },
        certifications: [{ type: 'halal', number: 'ID35110000123', expiresAt: '2020-01-01' }],
      }),
    );
    expect(res.statusCode).toBe(201);
    const b = res.json();
    expect(b).toMatchObject({
      name: 'UD Daun Tembaga',
      nib: `9120${nib.slice(4)}`,
      districtCode: LOWOKWARU,
      districtName: 'Lowokwaru',
      villageName: 'Tlogomas',
      regencyCode: '35.73',
      lat: -7.9389,
      yearFounded: 2015,
      warnings: [],
      permissions: { edit: true, delete: true, merge: true, changeDistrict: true },
    });
    expect(b.owners[0]).toMatchObject({
      name: 'Siti Aminah',
      nikMasked: '3573••••••••0001',
      nikOutsideHome: false,
      phone: '+6281234567890',
      isPrimary: true,
    });
    expect(b.latestSnapshot).toMatchObject({
      dataYear: 2024,
      workersTotal: 3,
      turnoverYearlyIdr: 60_000_000,
    });
    expect(b.certifications[0]).toMatchObject({ type: 'halal', status: 'expired' });
    expect(JSON.stringify(b)).not.toContain(NIK_SITI);
  });

  it('refuses bad input with field paths and registry messages', async () => {
    const res = await admin.post(
      '/api/businesses',
      businessBody({
        name: '',
        nib: '12345',
        lat: 112.6,
        lng: -7.9,
        owners: [{ person: { name: 'Tanpa Persetujuan', nik: '3573054507850000' } }],
      }),
    );
    expect(res.statusCode).toBe(400);
    const paths = res.json().error.details.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining(['name', 'nib', 'lat', 'lng', 'owners.0.person.nik', 'owners.0.person.consent']),
    );
    const nib = res.json().error.details.fields.find((f: { path: string }) => f.path === 'nib');
    expect(nib.message).toBe('NIB harus 13 digit (tertulis 5 digit).');
  });

  it('refuses a NUL character anywhere in the input with the field named, and stores nothing', async () => {
    const before = (await admin.get('/api/businesses?q=kontrol')).json().total;
    const res = await admin.post(
      '/api/businesses',
      businessBody({ name: 'UD Kontrol\u0000', owners: [personOwner('Rina\u0000 Wati')] }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.fields).toEqual([
      expect.objectContaining({ path: 'name', message: expect.stringContaining('karakter tak terlihat') }),
      expect.objectContaining({ path: 'owners.0.person.name' }),
    ]);
    expect((await admin.get('/api/businesses?q=kontrol')).json().total).toBe(before);
    expect((await admin.get('/api/businesses?q=a%00b')).statusCode).toBe(400);
  });

  it('refuses a kelurahan outside the kecamatan and unknown regions', async () => {
    const outside = await admin.post('/api/businesses', businessBody({ villageCode: ARJOSARI }));
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.details.fields[0].path).toBe('villageCode');
    const noDistrict = await admin.post(
      '/api/businesses',
      businessBody({ districtCode: '35.73.99', villageCode: null }),
    );
    expect(noDistrict.statusCode).toBe(400);
    expect(noDistrict.json().error.details.fields[0]).toMatchObject({ path: 'districtCode' });
    const noVillage = await admin.post('/api/businesses', businessBody({ villageCode: '35.73.05.1999' }));
    expect(noVillage.statusCode).toBe(400);
    expect(noVillage.json().error.details.fields[0].path).toBe('villageCode');
  });

  it('answers 409 for an NIB already registered, naming the field', async () => {
    const nib = nextNib();
    const first = await createVia(admin, { name: 'CV Perak Jaya', nib });
    const again = await admin.post('/api/businesses', businessBody({ name: 'Perak Jaya', nib }));
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'conflict', details: { existingId: first.id } });
    expect(again.json().error.details.fields[0].path).toBe('nib');
  });

  it('accepts a NIK from outside the city with a warning', async () => {
    const res = await admin.post(
      '/api/businesses',
      businessBody({
        name: 'Anyaman Pandan Bu Rini',
        owners: [personOwner('Rini', { nik: '3507015203900002' })],
      }),
    );
    expect(res.statusCode).toBe(201);
    expect(res.json().warnings[0]).toMatchObject({ path: 'owners.0.person.nik', code: 'nik.regionOutside' });
    expect(res.json().owners[0].nikOutsideHome).toBe(true);
  });
});

describe('editing a business', () => {
  it('updates fields, clears with null, moves kecamatan (dropping a kelurahan that no longer fits)', async () => {
    const b = await createVia(admin, { name: 'Keramik Dinoyo Asri', villageCode: DINOYO, brand: 'Asri' });
    const res = await admin.patch(`/api/businesses/${b.id}`, {
      brand: null,
      exportStatus: 'aktif',
      exportCountries: ['jp', 'NL', 'JP'],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ brand: null, exportStatus: 'aktif', exportCountries: ['JP', 'NL'] });
    const moved = await admin.patch(`/api/businesses/${b.id}`, { districtCode: BLIMBING });
    expect(moved.json()).toMatchObject({
      districtCode: BLIMBING,
      villageCode: null,
      districtName: 'Blimbing',
    });
  });

  it('refuses a stale edit with 409', async () => {
    const b = await createVia(admin, { name: 'Batik Celaket' });
    await admin.patch(`/api/businesses/${b.id}`, { notes: 'kunjungan pertama' });
    const stale = await admin.patch(`/api/businesses/${b.id}`, {
      notes: 'x',
      expectedUpdatedAt: b.updatedAt,
    });
    expect(stale.statusCode).toBe(409);
  });

  it('soft-deletes: gone from reads and lists, NIB free again, history kept', async () => {
    const nib = nextNib();
    const b = await createVia(admin, { name: 'Tas Kulit Sementara', nib });
    expect((await admin.delete(`/api/businesses/${b.id}`)).statusCode).toBe(200);
    expect((await admin.get(`/api/businesses/${b.id}`)).statusCode).toBe(404);
    const list = await admin.get('/api/businesses?q=Sementara');
    expect(list.json().items).toHaveLength(0);
    expect(
      (await admin.post('/api/businesses', businessBody({ name: 'Tas Kulit Baru', nib }))).statusCode,
    ).toBe(201);
  });
});

describe('snapshots and certifications', () => {
  it('keeps the latest snapshot figures on the record for sorting, through create, edit and delete', async () => {
    const b = await createVia(admin, { name: 'Ukir Kayu Pak Joko', subsector: 'kayu' });
    const s1 = (
      await admin.post(`/api/businesses/${b.id}/snapshots`, { dataYear: 2022, turnoverMonthlyIdr: '5 jt' })
    ).json();
    const s2res = await admin.post(`/api/businesses/${b.id}/snapshots`, {
      dataYear: 2023,
      turnoverYearlyIdr: 90_000_000,
      workersMale: 2,
      source: 'survey',
    });
    expect(s2res.statusCode).toBe(201);
    const list = await admin.get('/api/businesses?q=Pak%20Joko');
    expect(list.json().items[0]).toMatchObject({
      latestDataYear: 2023,
      latestTurnoverYearlyIdr: 90_000_000,
      latestWorkers: 2,
    });
    const edited = await admin.patch(`/api/businesses/${b.id}/snapshots/${s2res.json().id}`, {
      turnoverYearlyIdr: '',
      dataYear: 2021,
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json().turnoverYearlyIdr).toBeNull();
    const after = (await admin.get(`/api/businesses/${b.id}`)).json();
    expect(after.latestSnapshot.id).toBe(s1.id);
    expect(after.snapshots.map((s: { dataYear: number }) => s.dataYear)).toEqual([2022, 2021]);
    expect((await admin.delete(`/api/businesses/${b.id}/snapshots/${s1.id}`)).statusCode).toBe(200);
    const again = await admin.get('/api/businesses?q=Pak%20Joko');
    expect(again.json().items[0].latestDataYear).toBe(2021);
    const other = await createVia(admin, { name: 'Lain' });
    expect((await admin.delete(`/api/businesses/${other.id}/snapshots/${s2res.json().id}`)).statusCode).toBe(
      404,
    );
  });

  it('validates certifications and computes their status', async () => {
    const b = await createVia(admin, { name: 'Perhiasan Perak Sari' });
    const bad = await admin.post(`/api/businesses/${b.id}/certifications`, {
      type: 'lainnya',
      issuedAt: '2024-05-01',
      expiresAt: '01/01/2024',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.fields.map((f: { path: string }) => f.path)).toEqual([
      'label',
      'expiresAt',
    ]);
    const inTwoYears = `${new Date().getUTCFullYear() + 2}-06-30`;
    const ok = await admin.post(`/api/businesses/${b.id}/certifications`, {
      type: 'sni',
      number: 'SNI 8123:2015',
      issuedAt: '22/02/2021',
      expiresAt: inTwoYears,
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ issuedAt: '2021-02-22', status: 'valid' });
    const patched = await admin.patch(`/api/businesses/${b.id}/certifications/${ok.json().id}`, {
      type: 'lainnya',
    });
    expect(patched.statusCode).toBe(400);
    expect(patched.json().error.details.fields[0].path).toBe('label');
    const list = await admin.get('/api/businesses?certification=sni');
    expect(list.json().items.map((i: { id: string }) => i.id)).toContain(b.id);
  });

  it('records every change in the business history, without NIK', async () => {
    const b = await createVia(admin, {
      name: 'Gerabah Bu Wati',
      owners: [personOwner('Wati', { nik: '3573056208800004' })],
    });
    await admin.patch(`/api/businesses/${b.id}`, { sentra: 'Sentra Gerabah' });
    const snap = await admin.post(`/api/businesses/${b.id}/snapshots`, { dataYear: 2024 });
    await admin.delete(`/api/businesses/${b.id}/snapshots/${snap.json().id}`);
    const history = await admin.get(`/api/businesses/${b.id}/history`);
    expect(history.statusCode).toBe(200);
    expect(history.json().items.map((e: { action: string }) => e.action)).toEqual([
      'business.snapshot_delete',
      'business.snapshot_create',
      'business.update',
      'business.create',
      // The owner recorded with it: a business's history includes its owners' entries.
      'owner.create',
    ]);
    const update = history.json().items[2];
    expect(update.before.sentra).toBeNull();
    expect(update.after.sentra).toBe('Sentra Gerabah');
    expect(JSON.stringify(history.json())).not.toContain('3573056208800004');
  });
});

describe('owners on a business', () => {
  it('links an existing owner, refuses linking twice, unlinks and promotes the next primary', async () => {
    const a = await createVia(admin, { name: 'Anyaman Rotan Makmur', owners: [personOwner('Slamet')] });
    const slamet = a.owners[0].id;
    const b = await createVia(admin, {
      name: 'Rotan Makmur Dua',
      owners: [personOwner('Yuni', { consent: CONSENT })],
    });
    const linked = await admin.post(`/api/businesses/${b.id}/owners`, { ownerId: slamet });
    expect(linked.statusCode).toBe(201);
    expect(
      linked.json().owners.map((o: { name: string; isPrimary: boolean }) => [o.name, o.isPrimary]),
    ).toEqual([
      ['Yuni', true],
      ['Slamet', false],
    ]);
    const twice = await admin.post(`/api/businesses/${b.id}/owners`, { ownerId: slamet });
    expect(twice.statusCode).toBe(409);
    const yuni = linked.json().owners[0].id;
    const removed = await admin.delete(`/api/businesses/${b.id}/owners/${yuni}`);
    expect(removed.json().owners).toMatchObject([{ name: 'Slamet', isPrimary: true }]);
    const owner = await admin.get(`/api/owners/${slamet}`);
    expect(
      owner
        .json()
        .businesses.map((x: { id: string }) => x.id)
        .sort(),
    ).toEqual([a.id, b.id].sort());
  });
});

describe('API documentation', () => {
  it('describes the registry endpoints in OpenAPI', async () => {
    const res = await admin.get('/api/openapi.json');
    expect(res.statusCode).toBe(200);
    const paths = Object.keys(res.json().paths);
    for (const p of [
      '/api/businesses',
      '/api/businesses/{id}/merge',
      '/api/owners/{id}/reveal-nik',
      '/api/regions',
    ])
      expect(paths).toContain(p);
  });
});
