import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from '#server/test/app';
import { setupAdmin } from '#server/test/factories';
import { backfillNikFacts } from './service';
import { createVia, NIK_BUDI, NIK_SITI, personOwner } from './test-helpers';

/* Issue #10.4: gender and birth date decoded from a valid NIK are kept on the owner. */

let t: TestApp;
let admin: Client;

beforeAll(async () => {
  t = await createTestApp();
  admin = await setupAdmin(t.app);
});
afterAll(async () => t.close());

describe('NIK facts on the owner', () => {
  it('stores the gender and birth date of a NIK given with a new owner', async () => {
    const b = await createVia(admin, { owners: [personOwner('Siti Aminah', { nik: NIK_SITI })] });
    expect(b.owners[0]).toMatchObject({ gender: 'female', birthDate: '1985-07-05', birthYear: 1985 });
    const owner = (await admin.get(`/api/owners/${b.owners[0].id}`)).json();
    expect(owner).toMatchObject({ gender: 'female', birthDate: '1985-07-05' });
  });

  it('follows a changed NIK, keeps a gender sent with it, and forgets the date when the NIK is cleared', async () => {
    const b = await createVia(admin, { owners: [personOwner('Budi Santoso')] });
    const id = b.owners[0].id;
    expect(b.owners[0]).toMatchObject({ gender: null, birthDate: null });
    const set = await admin.patch(`/api/owners/${id}`, { nik: NIK_BUDI });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toMatchObject({ gender: 'male', birthDate: '1985-08-15', birthYear: 1985 });
    const cleared = await admin.patch(`/api/owners/${id}`, { nik: null });
    expect(cleared.json()).toMatchObject({ birthDate: null, nikMasked: null, gender: 'male' });
  });

  it('fills in people stored before the birth date was kept (data step), leaving erased ones alone', async () => {
    const kept = await createVia(admin, {
      owners: [personOwner('Rina Lama', { nik: '3573054107900002', gender: 'female' })],
    });
    const erased = await createVia(admin, {
      owners: [personOwner('Orang Hapus', { nik: '3573051203900004' })],
    });
    const keptId = kept.owners[0].id;
    const erasedId = erased.owners[0].id;
    expect((await admin.post(`/api/owners/${erasedId}/erase`, {})).statusCode).toBe(200);
    // As rows written before migration 0018 were: NIK stored, nothing decoded.
    await t.database.db.execute(
      sql`UPDATE owners SET birth_date = NULL, birth_year = NULL WHERE id = ${keptId}`,
    );
    expect((await admin.get(`/api/owners/${keptId}`)).json().birthDate).toBeNull();

    const filled = await backfillNikFacts(t.database.db, t.config.secrets.encryptionKey);
    expect(filled).toBeGreaterThanOrEqual(1);
    expect((await admin.get(`/api/owners/${keptId}`)).json()).toMatchObject({
      birthDate: '1990-07-01',
      birthYear: 1990,
      gender: 'female',
    });
    expect((await admin.get(`/api/owners/${erasedId}`)).json()).toMatchObject({ birthDate: null });
    // Nothing left to do the second time.
    expect(await backfillNikFacts(t.database.db, t.config.secrets.encryptionKey)).toBe(0);
  });
});
