import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from '#server/test/app';
import { setupAdmin } from '#server/test/factories';
import { createVia } from './test-helpers';

/* Issue #10.1: the registry keeps a total workers figure; the male/female split is optional. */

let t: TestApp;
let admin: Client;

beforeAll(async () => {
  t = await createTestApp();
  admin = await setupAdmin(t.app);
});
afterAll(async () => t.close());

const snapshotOf = async (businessId: string, snapshotId: string) =>
  (await admin.get(`/api/businesses/${businessId}`))
    .json()
    .snapshots.find((s: { id: string }) => s.id === snapshotId);

describe('workers total', () => {
  it('stores a total without the split, and lists and sorts by it', async () => {
    const b = await createVia(admin, {
      name: 'UD Total Saja',
      snapshot: { dataYear: 2024, workersTotal: '12' },
    });
    expect(b.latestSnapshot).toMatchObject({ workersTotal: 12, workersMale: null, workersFemale: null });
    const list = (await admin.get('/api/businesses?q=total%20saja')).json();
    expect(list.items[0]).toMatchObject({ name: 'UD Total Saja', latestWorkers: 12 });
  });

  it('is L + P when both parts are given', async () => {
    const b = await createVia(admin, { snapshot: { dataYear: 2024, workersMale: 2, workersFemale: 5 } });
    expect(b.latestSnapshot).toMatchObject({ workersTotal: 7, workersMale: 2, workersFemale: 5 });
  });

  it('refuses a total that disagrees with its parts, naming the field, in the reader language', async () => {
    const res = await admin.post('/api/businesses', {
      name: 'UD Salah Hitung',
      subsector: 'kayu',
      districtCode: '35.73.05',
      snapshot: { dataYear: 2024, workersMale: 2, workersFemale: 5, workersTotal: 8 },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.fields).toEqual([
      expect.objectContaining({
        path: 'snapshot.workersTotal',
        message: 'Jumlah tenaga kerja harus sama dengan laki-laki + perempuan.',
      }),
    ]);
    const part = await admin.post('/api/businesses', {
      name: 'UD Salah Hitung',
      subsector: 'kayu',
      districtCode: '35.73.05',
      snapshot: { dataYear: 2024, workersFemale: 9, workersTotal: 8 },
    });
    expect(part.statusCode).toBe(400);
    expect(part.json().error.details.fields[0].path).toBe('snapshot.workersTotal');
  });

  it('keeps the total in step when the parts of a snapshot are edited, and refuses a mismatch', async () => {
    const b = await createVia(admin, { snapshot: { dataYear: 2024, workersMale: 3 } });
    const id = b.latestSnapshot.id;
    expect(b.latestSnapshot.workersTotal).toBe(3);
    const url = `/api/businesses/${b.id}/snapshots/${id}`;
    expect((await admin.patch(url, { workersFemale: 4 })).statusCode).toBe(200);
    expect(await snapshotOf(b.id, id)).toMatchObject({ workersMale: 3, workersFemale: 4, workersTotal: 7 });

    // A mismatch against the stored parts is refused, naming the field, and nothing changes.
    const bad = await admin.patch(url, { workersTotal: 9 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.fields[0]).toMatchObject({ path: 'workersTotal' });
    expect((await snapshotOf(b.id, id)).workersTotal).toBe(7);

    // A total given on its own stays when one part is cleared.
    expect(
      (await admin.patch(url, { workersMale: null, workersFemale: null, workersTotal: 10 })).statusCode,
    ).toBe(200);
    expect((await admin.patch(url, { workersFemale: 6 })).statusCode).toBe(200);
    expect(await snapshotOf(b.id, id)).toMatchObject({
      workersMale: null,
      workersFemale: 6,
      workersTotal: 10,
    });
    const list = (await admin.get(`/api/businesses?q=${encodeURIComponent(b.name)}&sort=workers`)).json();
    expect(list.items.find((i: { id: string }) => i.id === b.id).latestWorkers).toBe(10);
  });
});
