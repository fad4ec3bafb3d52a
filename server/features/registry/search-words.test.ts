import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from '#server/test/app';
import { setupAdmin, userClient } from '#server/test/factories';
import { createVia, LOWOKWARU, personOwner, TLOGOMAS } from './test-helpers';

/*
 * Issue #10.2 / #15.3: search finds what an office worker types: subsector words, kelurahan and
 * kecamatan names, phone numbers in any local writing, product words. Within the asker's scope.
 */

const KEDUNGKANDANG = '35.73.03';
const BUMIAYU = '35.73.03.1003';

let t: TestApp;
let admin: Client;
let officer: Client;
const made: Record<string, { id: string; ownerId: string }> = {};

beforeAll(async () => {
  t = await createTestApp();
  admin = await setupAdmin(t.app);
  officer = (await userClient(t.app, t.database, { role: 'officer', kecamatanCodes: [LOWOKWARU] })).client;
  const specs: [string, Record<string, unknown>][] = [
    [
      'UD Sumber Rejeki',
      {
        subsector: 'anyaman',
        districtCode: KEDUNGKANDANG,
        villageCode: BUMIAYU,
        products: ['Tikar pandan', 'keranjang'],
        owners: [personOwner('Sri Wahyuni', { phone: '0812-3456-7001' })],
      },
    ],
    [
      'CV Karya Mandiri',
      {
        subsector: 'batik_tekstil',
        districtCode: LOWOKWARU,
        villageCode: TLOGOMAS,
        products: ['Kain jumputan'],
        owners: [personOwner('Bowo Santoso', { phone: '+62 813 9000 1234' })],
      },
    ],
  ];
  for (const [name, extra] of specs) {
    const b = await createVia(admin, { name, ...extra });
    made[name] = { id: b.id, ownerId: b.owners[0].id };
  }
});
afterAll(async () => t.close());

const names = async (q: string, client = admin) => {
  const res = await client.get(`/api/businesses?q=${encodeURIComponent(q)}`);
  expect(res.statusCode).toBe(200);
  return res.json().items.map((i: { name: string }) => i.name) as string[];
};

describe('search beyond names', () => {
  it('finds subsector words', async () => {
    expect(await names('anyaman')).toEqual(['UD Sumber Rejeki']);
    expect(await names('tekstil')).toEqual(['CV Karya Mandiri']);
  });

  it('finds kecamatan and kelurahan names, also with another word', async () => {
    expect(await names('Kedungkandang')).toEqual(['UD Sumber Rejeki']);
    expect(await names('bumiayu')).toEqual(['UD Sumber Rejeki']);
    expect(await names('tlogomas karya')).toEqual(['CV Karya Mandiri']);
    expect(await names('kedungkandng')).toEqual(['UD Sumber Rejeki']);
  });

  it('follows a move to another kecamatan', async () => {
    const { id } = made['CV Karya Mandiri'];
    await admin.patch(`/api/businesses/${id}`, { districtCode: KEDUNGKANDANG, villageCode: BUMIAYU });
    expect(await names('kedungkandang')).toEqual(['CV Karya Mandiri', 'UD Sumber Rejeki']);
    expect(await names('tlogomas')).toEqual([]);
    await admin.patch(`/api/businesses/${id}`, { districtCode: LOWOKWARU, villageCode: TLOGOMAS });
    expect(await names('lowokwaru')).toEqual(['CV Karya Mandiri']);
  });

  it('finds product words, and follows an edit of them', async () => {
    expect(await names('tikar')).toEqual(['UD Sumber Rejeki']);
    expect(await names('jumputan')).toEqual(['CV Karya Mandiri']);
    const { id } = made['CV Karya Mandiri'];
    const res = await admin.patch(`/api/businesses/${id}`, { products: ['Selendang batik', 'taplak'] });
    expect(res.json().products).toEqual(['Selendang batik', 'taplak']);
    expect(await names('taplak')).toEqual(['CV Karya Mandiri']);
    expect(await names('jumputan')).toEqual([]);
  });

  it('finds phone numbers however they are written', async () => {
    for (const q of ['0812-3456-7001', '+62 812 3456 7001', '6281234567001', '0812345', '812 3456', '0812'])
      expect(await names(q), q).toEqual(['UD Sumber Rejeki']);
    expect(await names('0813 9000')).toEqual(['CV Karya Mandiri']);
    expect(await names('sri 0812')).toEqual(['UD Sumber Rejeki']);
    expect(await names('0899')).toEqual([]);
  });

  it('follows a changed phone and forgets an erased person', async () => {
    const { ownerId } = made['CV Karya Mandiri'];
    await admin.patch(`/api/owners/${ownerId}`, { phone: '0857 1111 2222' });
    expect(await names('0813 9000')).toEqual([]);
    expect(await names('085711112222')).toEqual(['CV Karya Mandiri']);
    expect((await admin.post(`/api/owners/${ownerId}/erase`, {})).statusCode).toBe(200);
    expect(await names('0857')).toEqual([]);
  });

  it('never lets an officer find a number, place or product outside their kecamatan', async () => {
    const res = await officer.get(`/api/businesses?q=${encodeURIComponent('0812-3456-7001')}`);
    expect(res.json()).toMatchObject({ total: 0, items: [] });
    expect(await names('tikar', officer)).toEqual([]);
    expect(await names('kedungkandang', officer)).toEqual([]);
    expect(await names('taplak', officer)).toEqual(['CV Karya Mandiri']);
  });
});
