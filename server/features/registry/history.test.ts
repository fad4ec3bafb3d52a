import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from '#server/test/app';
import { setupAdmin } from '#server/test/factories';
import { ARJOSARI, BLIMBING, createVia, NIK_BUDI, NIK_SITI, personOwner } from './test-helpers';

let t: TestApp;
let admin: Client;

beforeAll(async () => {
  t = await createTestApp();
  admin = await setupAdmin(t.app);
});
afterAll(async () => t.close());

type Change = {
  field: string;
  before: unknown;
  after: unknown;
  beforeName: string | null;
  afterName: string | null;
};
type Entry = { action: string; entityType: string; actorEmail: string | null; at: string; changes: Change[] };

describe('a business history', () => {
  it('shows each change old → new, region codes with their names, the owner NIK only masked', async () => {
    const b = await createVia(admin, {
      name: 'Anyaman Bu Ratna',
      lat: -7.95,
      lng: 112.61,
      owners: [personOwner('Ratna', { nik: NIK_SITI, phone: '081234567890' })],
    });
    const moved = await admin.patch(`/api/businesses/${b.id}`, {
      name: 'Anyaman Ratna Jaya',
      districtCode: BLIMBING,
      villageCode: ARJOSARI,
      lat: -7.93,
      lng: 112.61,
    });
    expect(moved.statusCode).toBe(200);
    const ownerId = b.owners[0].id;
    expect((await admin.patch(`/api/owners/${ownerId}`, { nik: NIK_BUDI })).statusCode).toBe(200);

    const res = await admin.get(`/api/businesses/${b.id}/history`);
    expect(res.statusCode).toBe(200);
    const items: Entry[] = res.json().items;
    const update = items.find((e) => e.action === 'business.update')!;
    const byField = Object.fromEntries(update.changes.map((c) => [c.field, c]));
    expect(byField.name).toMatchObject({ before: 'Anyaman Bu Ratna', after: 'Anyaman Ratna Jaya' });
    expect(byField.districtCode).toEqual({
      field: 'districtCode',
      before: '35.73.05',
      after: BLIMBING,
      beforeName: 'Lowokwaru',
      afterName: 'Blimbing',
    });
    expect(byField.villageCode.afterName).toBe('Arjosari');
    expect(byField.lat).toMatchObject({ before: -7.95, after: -7.93 });
    // Only what changed, and no bookkeeping.
    expect(Object.keys(byField).sort()).toEqual(['districtCode', 'lat', 'name', 'villageCode']);
    expect(update.actorEmail).toBeTruthy();
    expect(update.at).toMatch(/^\d{4}-\d{2}-\d{2}T/);

    // The owner's change is in the business's history: the NIK as everyone sees it, masked.
    const owner = items.find((e) => e.action === 'owner.update')!;
    expect(owner.entityType).toBe('owner');
    expect(owner.changes.find((c) => c.field === 'nikMasked')).toMatchObject({
      before: '3573••••••••0001',
      after: '3573••••••••0003',
    });
    expect(res.body).not.toContain(NIK_SITI);
    expect(res.body).not.toContain(NIK_BUDI);
  });

  it('a created record lists no field changes (its action says it)', async () => {
    const b = await createVia(admin, { name: 'Gerabah Pak Darto' });
    const items: Entry[] = (await admin.get(`/api/businesses/${b.id}/history`)).json().items;
    expect(items.map((e) => [e.action, e.changes])).toEqual([['business.create', []]]);
  });
});
