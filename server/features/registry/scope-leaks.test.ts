import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '#server/test/app';
import { createTestApp, type TestApp } from '#server/test/app';
import { setupAdmin, userClient } from '#server/test/factories';
import { upload } from './service/import/test-helpers';
import { BLIMBING, createVia, KLOJEN, NIK_BUDI, nextNib, personOwner } from './test-helpers';

/* What an officer of one kecamatan can learn or take of another's people, through every path. */

let t: TestApp;
let admin: Client;
let officer: Client;
let budi: { businessId: string; ownerId: string; ownerClient: Client; nib: string };

beforeAll(async () => {
  t = await createTestApp();
  admin = await setupAdmin(t.app);
  ({ client: officer } = await userClient(t.app, t.database, {
    role: 'officer',
    kecamatanCodes: [BLIMBING],
  }));
  const nib = nextNib();
  const business = await createVia(admin, {
    name: 'UD Budi Kriya Klojen',
    nib,
    districtCode: KLOJEN,
    villageCode: undefined,
    owners: [personOwner('Budi', { nik: NIK_BUDI })],
  });
  const ownerId = business.owners[0].id as string;
  const { user, client } = await userClient(t.app, t.database, { role: 'ikm_owner' });
  const linked = await admin.post(`/api/owners/${ownerId}/account`, { userId: user.id });
  expect(linked.statusCode, linked.body).toBeLessThan(300);
  budi = { businessId: business.id, ownerId, ownerClient: client, nib };
});
afterAll(async () => t.close());

describe('import obeys the rules of the direct API', () => {
  it('a row naming, by NIK, a person of another kecamatan is refused, and nothing is linked', async () => {
    expect((await officer.get(`/api/owners/${budi.ownerId}`)).statusCode).toBe(404);
    const csv = `Nama IKM,Kecamatan,Nama Pemilik,NIK\nUsaha Baru Samaran,Blimbing,Budi,${NIK_BUDI}\n`;
    const res = await upload(officer, Buffer.from(csv), 'samaran.csv');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ total: 1, created: 0, rejected: 1 });
    const [error] = res.json().errors;
    expect(error.message).toMatch(/di luar wilayah tugas Anda/);
    expect(JSON.stringify(res.json())).not.toMatch(/Klojen|Budi Kriya/);

    expect((await officer.get(`/api/owners/${budi.ownerId}`)).statusCode).toBe(404);
    expect((await officer.patch(`/api/owners/${budi.ownerId}`, { phone: '081234567890' })).statusCode).toBe(
      404,
    );
    const mine = await budi.ownerClient.get('/api/businesses');
    expect(mine.json().items.map((b: { name: string }) => b.name)).toEqual(['UD Budi Kriya Klojen']);
  });

  it('the direct API refuses the same person to the same officer', async () => {
    const res = await officer.post('/api/businesses', {
      name: 'Usaha Baru Samaran',
      subsector: 'electroforming',
      districtCode: BLIMBING,
      owners: [personOwner('Budi', { nik: NIK_BUDI })],
    });
    expect(res.statusCode).toBe(409);
  });

  it('an import naming an existing business elsewhere does not say where it is', async () => {
    const csv = `Nama IKM,Kecamatan,NIB\nUD Nama Lain,Blimbing,${budi.nib}\n`;
    const res = await upload(officer, Buffer.from(csv), 'klojen.csv');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().rejected).toBe(1);
    expect(JSON.stringify(res.json().errors)).not.toMatch(/Klojen|35\.73\.02/);
  });
});

describe('the duplicate check', () => {
  it('tells an officer a NIK match exists elsewhere and whom to ask, not which business', async () => {
    const res = await officer.post('/api/businesses/duplicates', { nik: NIK_BUDI });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ items: [], elsewhere: { count: 1, reasons: ['nik'] } });
    expect(res.body).not.toContain(budi.businessId);
  });

  it('a similar name elsewhere is counted the same way', async () => {
    const res = await officer.post('/api/businesses/duplicates', { name: 'UD Budi Kriya Klojen' });
    expect(res.json().items).toEqual([]);
    expect(res.json().elsewhere.count).toBe(1);
    expect(res.body).not.toMatch(/Klojen|35\.73\.02/);
  });

  it('an admin sees the match itself', async () => {
    const res = await admin.post('/api/businesses/duplicates', { nik: NIK_BUDI });
    expect(res.json().items).toEqual([expect.objectContaining({ id: budi.businessId, reasons: ['nik'] })]);
    expect(res.json().elsewhere.count).toBe(0);
  });
});
