import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from '#server/test/app';
import { setupAdmin } from '#server/test/factories';
import {
  BLIMBING,
  businessBody,
  createVia,
  DINOYO,
  KLOJEN,
  LOWOKWARU,
  NIK_BUDI,
  NIK_SITI,
  nextNib,
  personOwner,
  TLOGOMAS,
} from './test-helpers';

let t: TestApp;
let admin: Client;

beforeAll(async () => {
  t = await createTestApp();
  admin = await setupAdmin(t.app);
});
afterAll(async () => t.close());

type Candidate = { id: string; reasons: string[]; similarity: number };
const candidates = async (query: string) => {
  const res = await admin.get(`/api/businesses/duplicates?${query}`);
  expect(res.statusCode).toBe(200);
  return res.json().items as Candidate[];
};

describe('search before create', () => {
  let daun: { id: string };
  let nib: string;

  beforeAll(async () => {
    nib = nextNib();
    daun = await createVia(admin, {
      name: 'UD Daun Tembaga',
      nib,
      owners: [personOwner('Siti Aminah', { nik: NIK_SITI })],
    });
    await createVia(admin, { name: 'Kerajinan Kayu Jati Makmur', subsector: 'kayu' });
    await createVia(admin, { name: 'Daun Tembaga', districtCode: KLOJEN, villageCode: null });
  });

  it('finds a similar name in the same kelurahan, legal form and generic words aside', async () => {
    const found = await candidates(`name=${encodeURIComponent('Daun Tembaga')}&villageCode=${TLOGOMAS}`);
    expect(found.map((c) => c.id)).toEqual([daun.id]);
    expect(found[0]).toMatchObject({ reasons: ['similar_name'] });
    expect(found[0].similarity).toBeGreaterThan(0.9);
    const typo = await candidates(
      `name=${encodeURIComponent('Kerajinan Daun Tembagaa')}&villageCode=${TLOGOMAS}`,
    );
    expect(typo.map((c) => c.id)).toEqual([daun.id]);
  });

  it('does not call different crafts with a shared generic word duplicates', async () => {
    const found = await candidates(
      `name=${encodeURIComponent('Kerajinan Kulit Makmur')}&villageCode=${TLOGOMAS}`,
    );
    expect(found).toEqual([]);
    const other = await candidates(`name=${encodeURIComponent('Batik Tulis')}&villageCode=${TLOGOMAS}`);
    expect(other).toEqual([]);
  });

  it('ignores similar names in another kelurahan, but not the same NIB or NIK anywhere', async () => {
    expect(await candidates(`name=${encodeURIComponent('Daun Tembaga')}&villageCode=${DINOYO}`)).toEqual([]);
    const byNib = await candidates(`name=Lain&nib=${nib}&villageCode=${DINOYO}`);
    expect(byNib.map((c) => [c.id, c.reasons])).toEqual([[daun.id, ['nib']]]);
    const byNik = await candidates(`name=Lain&nik=${NIK_SITI}`);
    expect(byNik.map((c) => [c.id, c.reasons])).toEqual([[daun.id, ['nik']]]);
    const post = await admin.post('/api/businesses/duplicates', {
      nik: NIK_SITI,
      name: 'Daun Tembaga',
      villageCode: TLOGOMAS,
    });
    expect(post.json().items[0]).toMatchObject({ id: daun.id, reasons: ['nik', 'similar_name'] });
  });

  it('ranks several signals first and leaves out the record being edited', async () => {
    const all = await candidates(
      `name=${encodeURIComponent('Daun Tembaga')}&nib=${nib}&districtCode=${LOWOKWARU}`,
    );
    expect(all[0]).toMatchObject({ id: daun.id, reasons: ['nib', 'similar_name'] });
    expect(await candidates(`nib=${nib}&excludeId=${daun.id}`)).toEqual([]);
  });

  it('needs a name, NIB or NIK and validates them', async () => {
    expect((await admin.get('/api/businesses/duplicates')).statusCode).toBe(400);
    const bad = await admin.get('/api/businesses/duplicates?nik=1234');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.fields[0].path).toBe('querystring.nik');
  });
});

describe('merging two records of one IKM', () => {
  it('keeps snapshots, certifications, owners and history of both; the merged id points to the survivor', async () => {
    const nib = nextNib();
    const keep = await createVia(admin, {
      name: 'Topeng Malangan Pak Karim',
      subsector: 'kayu',
      owners: [personOwner('Karim', { nik: NIK_BUDI })],
      snapshot: { dataYear: 2023, turnoverYearlyIdr: 40_000_000 },
    });
    const dupe = await createVia(admin, {
      name: 'Topeng Malang Karim',
      subsector: 'kayu',
      nib,
      lat: -7.95,
      lng: 112.61,
      owners: [personOwner('KARIM ', { phone: '081234567890' }), personOwner('Sulastri')],
      snapshot: { dataYear: 2024, turnoverYearlyIdr: 55_000_000 },
      certifications: [{ type: 'hki', number: 'IDM000123456' }],
    });
    await admin.patch(`/api/businesses/${dupe.id}`, { notes: 'dicatat dua kali' });

    const res = await admin.post(`/api/businesses/${keep.id}/merge`, { otherId: dupe.id });
    expect(res.statusCode).toBe(200);
    const merged = res.json();
    expect(merged.moved).toEqual({ snapshots: 1, certifications: 1, ownerLinks: 2, ownersMerged: 1 });
    expect(merged.business).toMatchObject({
      id: keep.id,
      name: 'Topeng Malangan Pak Karim',
      nib,
      lat: -7.95,
      notes: 'dicatat dua kali',
      mergedFromIds: [dupe.id],
    });
    expect(merged.business.snapshots.map((s: { dataYear: number }) => s.dataYear)).toEqual([2024, 2023]);
    expect(merged.business.certifications).toHaveLength(1);
    const people = merged.business.owners.map(
      (o: { name: string; nikMasked: string | null; phone: string | null }) => [o.name, o.nikMasked, o.phone],
    );
    expect(people).toEqual([
      ['Karim', '3573••••••••0003', '+6281234567890'],
      ['Sulastri', null, null],
    ]);

    const pointer = await admin.get(`/api/businesses/${dupe.id}`);
    expect(pointer.statusCode).toBe(301);
    expect(pointer.headers.location).toBe(`/api/businesses/${keep.id}`);
    expect(pointer.json()).toMatchObject({ mergedIntoId: keep.id });
    expect((await admin.patch(`/api/businesses/${dupe.id}`, { name: 'x' })).json().error.details).toEqual({
      mergedIntoId: keep.id,
    });
    const list = await admin.get('/api/businesses?q=topeng');
    expect(list.json().items.map((i: { id: string }) => i.id)).toEqual([keep.id]);
    const byYear = await admin.get('/api/businesses?dataYear=2024&certification=hki&q=karim');
    expect(byYear.json().items.map((i: { id: string }) => i.id)).toEqual([keep.id]);

    const history = (await admin.get(`/api/businesses/${keep.id}/history?pageSize=50`)).json();
    const actions = history.items.map(
      (e: { action: string; entityId: string }) => `${e.action}@${e.entityId === keep.id ? 'keep' : 'dupe'}`,
    );
    expect(actions).toEqual(
      expect.arrayContaining([
        'business.merge@keep',
        'business.merged_into@dupe',
        'business.update@dupe',
        'business.create@dupe',
        'business.create@keep',
      ]),
    );
  });

  it('refuses merging a record with itself, a merged record, or a missing one', async () => {
    const a = await createVia(admin, { name: 'Kulit Sapi Jaya' });
    const b = await createVia(admin, { name: 'Kulit Sapi Jaya 2' });
    expect((await admin.post(`/api/businesses/${a.id}/merge`, { otherId: a.id })).statusCode).toBe(400);
    expect((await admin.post(`/api/businesses/${a.id}/merge`, { otherId: b.id })).statusCode).toBe(200);
    expect((await admin.post(`/api/businesses/${a.id}/merge`, { otherId: b.id })).statusCode).toBe(409);
    expect((await admin.post(`/api/businesses/${b.id}/merge`, { otherId: a.id })).statusCode).toBe(409);
    const missing = '00000000-0000-4000-8000-000000000000';
    expect((await admin.post(`/api/businesses/${a.id}/merge`, { otherId: missing })).statusCode).toBe(404);
  });

  it('does not fold two different people with the same name', async () => {
    const a = await createVia(admin, {
      name: 'Sepatu Kulit A',
      owners: [personOwner('Agus', { nik: NIK_BUDI.replace('0003', '0103') })],
    });
    const b = await createVia(admin, {
      name: 'Sepatu Kulit B',
      districtCode: BLIMBING,
      villageCode: null,
      owners: [personOwner('Agus', { nik: '3573011708900005' })],
    });
    const res = await admin.post(`/api/businesses/${a.id}/merge`, { otherId: b.id });
    expect(res.json().moved.ownersMerged).toBe(0);
    expect(res.json().business.owners).toHaveLength(2);
    expect(res.json().business.districtCode).toBe(LOWOKWARU);
  });

  it('creating with the NIK of a known person answers 409 with that owner, to link instead', async () => {
    const res = await admin.post(
      '/api/businesses',
      businessBody({ name: 'Usaha Baru Siti', owners: [personOwner('Siti A.', { nik: NIK_SITI })] }),
    );
    expect(res.statusCode).toBe(409);
    expect(res.json().error.details.fields[0].path).toBe('owners.0.person.nik');
    expect(res.json().error.details.ownerId).toBeTruthy();
  });
});
