import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRIVACY_NOTICE_VERSION } from '#core/domain/registry';
import { buildApp } from '#server/app';
import type { Database } from '#server/db/client';
import { Client, testConfig } from '#server/test/app';
import { createTestDatabase } from '#server/test/db';
import { setupAdmin, userClient } from '#server/test/factories';
import { rowsOf } from './queries/scope';
import { businessBody, CONSENT, createVia, NIK_BUDI, NIK_SITI, personOwner } from './test-helpers';

/*
 * UU PDP: the NIK is stored encrypted, shown masked, revealed only to admins with an audit row
 * that does not hold it, and never written to the audit log or the server log.
 */

let app: FastifyInstance;
let database: Database;
let admin: Client;
const logLines: string[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  const sink = new Writable({
    write(chunk, _enc, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  // Every log line at every level, to prove the NIK is in none of them.
  app = await buildApp({ config: testConfig(), database, logger: { level: 'trace', stream: sink } });
  await app.ready();
  admin = await setupAdmin(app);
});
afterAll(async () => {
  await app.close();
  await database.close();
});

async function auditText() {
  const rows = rowsOf<{ t: string }>(
    await database.db.execute(sql`SELECT coalesce(string_agg(
    action || ' ' || coalesce(before::text, '') || ' ' || coalesce(after::text, ''), E'\n'), '') AS t FROM audit_log`),
  );
  return rows[0].t;
}

describe('NIK at rest and in answers', () => {
  let ownerId: string;
  let businessId: string;

  beforeAll(async () => {
    const b = await createVia(admin, {
      name: 'Perak Bu Siti',
      owners: [
        personOwner('Siti Aminah', { nik: NIK_SITI, phone: '0812 3456 7890', email: 'siti@contoh.id' }),
      ],
    });
    businessId = b.id;
    ownerId = b.owners[0].id;
    await admin.patch(`/api/owners/${ownerId}`, { nik: NIK_BUDI });
    await admin.patch(`/api/owners/${ownerId}`, { nik: NIK_SITI });
    await admin.get(`/api/businesses/duplicates?nik=${NIK_SITI}&name=Perak`);
    await admin.post(
      '/api/businesses',
      businessBody({ owners: [personOwner('X', { nik: '3573054507850000' })] }),
    );
  });

  it('stores only ciphertext, keyed hash and masked form', async () => {
    const rows = rowsOf<Record<string, string>>(
      await database.db.execute(
        sql`SELECT nik_cipher, nik_hash, nik_masked FROM owners WHERE id = ${ownerId}`,
      ),
    );
    expect(rows[0].nik_masked).toBe('3573••••••••0001');
    expect(rows[0].nik_cipher).not.toContain(NIK_SITI);
    expect(rows[0].nik_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('never answers an unmasked NIK from reads, lists, history or export', async () => {
    const answers = await Promise.all([
      admin.get(`/api/businesses/${businessId}`),
      admin.get('/api/businesses?q=perak'),
      admin.get(`/api/owners/${ownerId}`),
      admin.get(`/api/businesses/${businessId}/history`),
      admin.get(`/api/owners/${ownerId}/export`),
    ]);
    for (const res of answers) {
      expect(res.statusCode).toBe(200);
      expect(res.body).not.toContain(NIK_SITI);
    }
  });

  it('reveals it to an admin only, with an audit row that does not hold it', async () => {
    const res = await admin.post(`/api/owners/${ownerId}/reveal-nik`, { reason: 'verifikasi KTP' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ nik: NIK_SITI });
    expect(res.headers['cache-control']).toContain('no-store');
    const audit = await admin.get(`/api/audit?action=owner.reveal_nik&entityId=${ownerId}`);
    expect(audit.json().items[0]).toMatchObject({ after: { reason: 'verifikasi KTP' } });
    const bare = await admin.post(`/api/owners/${ownerId}/reveal-nik`);
    expect(bare.statusCode).toBe(200);
  });

  it('keeps the NIK out of the audit table and of every log line', async () => {
    const audit = await auditText();
    expect(audit).toContain('owner.reveal_nik');
    expect(audit).toContain('owner.update');
    for (const nik of [NIK_SITI, NIK_BUDI, '3573054507850000']) {
      expect(audit).not.toContain(nik);
      expect(logLines.join('')).not.toContain(nik);
    }
    expect(logLines.length).toBeGreaterThan(10);
  });
});

describe('consent', () => {
  it('is recorded with notice version, time and who recorded it', async () => {
    const b = await createVia(admin, {
      name: 'Batik Ibu Ani',
      owners: [personOwner('Ani', { phone: '081299990000' })],
    });
    const owner = (await admin.get(`/api/owners/${b.owners[0].id}`)).json();
    const me = (await admin.get('/api/auth/me')).json().user;
    expect(owner.consent).toMatchObject({ noticeVersion: CONSENT.noticeVersion, recordedBy: me.id });
    expect(Date.parse(owner.consent.at)).not.toBeNaN();
  });

  it('is required before personal data is added to a person recorded without it', async () => {
    const b = await createVia(admin, { name: 'Tenun Ikat Pak Dul', owners: [personOwner('Dul')] });
    const ownerId = b.owners[0].id;
    await database.db.execute(
      sql`UPDATE owners SET consent_at = NULL, consent_notice_version = NULL WHERE id = ${ownerId}`,
    );
    const refused = await admin.patch(`/api/owners/${ownerId}`, { phone: '081311112222' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details.fields[0].path).toBe('consent');
    expect((await admin.patch(`/api/owners/${ownerId}`, { name: 'Abdul' })).statusCode).toBe(200);
    const outdated = await admin.patch(`/api/owners/${ownerId}`, {
      phone: '081311112222',
      consent: { noticeVersion: '2024-01' },
    });
    expect(outdated.statusCode).toBe(400);
    expect(outdated.json().error.details.fields[0].path).toBe('consent.noticeVersion');
    const ok = await admin.patch(`/api/owners/${ownerId}`, {
      phone: '081311112222',
      consent: { noticeVersion: PRIVACY_NOTICE_VERSION },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().consent.noticeVersion).toBe(PRIVACY_NOTICE_VERSION);
  });
});

describe('the person’s own data: export and erasure', () => {
  it('exports everything about the person and their businesses, to the person themself', async () => {
    const b = await createVia(admin, {
      name: 'Keramik Pak Heru',
      owners: [personOwner('Heru', { nik: '3573052011800006', email: 'heru@contoh.id' })],
      snapshot: { dataYear: 2024, turnoverYearlyIdr: 12_000_000 },
    });
    const ownerId = b.owners[0].id;
    const { user, client } = await userClient(app, database, { role: 'ikm_owner' });
    await admin.post(`/api/owners/${ownerId}/account`, { userId: user.id });
    const res = await client.get(`/api/owners/${ownerId}/export`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('attachment');
    const data = res.json();
    expect(data.person).toMatchObject({
      name: 'Heru',
      email: 'heru@contoh.id',
      nikMasked: '3573••••••••0006',
    });
    expect(data.businesses[0]).toMatchObject({ id: b.id, latestSnapshot: { turnoverYearlyIdr: 12_000_000 } });
    expect(data.history.map((h: { action: string }) => h.action)).toEqual([
      'owner.create',
      'owner.account_link',
    ]);
    expect(data.noticeToReader).toMatch(/NIK/);
  });

  it('erases the person on request, keeps the business and its figures, scrubs the audit trail', async () => {
    const b = await createVia(admin, {
      name: 'Logam Kuningan Pak Tono',
      owners: [
        personOwner('Tono Sugiarto', {
          nik: '3573051203750007',
          phone: '085712345678',
          birthYear: 1975,
          gender: 'male',
        }),
      ],
      snapshot: { dataYear: 2024, workersMale: 3 },
    });
    const ownerId = b.owners[0].id;
    const res = await admin.post(`/api/owners/${ownerId}/erase`, { reason: 'permintaan pemilik' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      name: '(dihapus)',
      nikMasked: null,
      phone: null,
      birthYear: null,
      gender: 'male',
      erased: true,
    });
    const business = (await admin.get(`/api/businesses/${b.id}`)).json();
    expect(business.latestSnapshot.workersMale).toBe(3);
    expect(business.owners[0]).toMatchObject({ name: '(dihapus)', erased: true });
    const audit = await auditText();
    expect(audit).not.toContain('Tono Sugiarto');
    expect(audit).not.toContain('+6285712345678');
    expect(audit).toContain('owner.erase');
    expect((await admin.post(`/api/owners/${ownerId}/reveal-nik`)).statusCode).toBe(404);
    expect((await admin.patch(`/api/owners/${ownerId}`, { name: 'Tono' })).statusCode).toBe(409);
    // The NIK is free again: the person may register anew later.
    const again = await admin.post(
      '/api/businesses',
      businessBody({ name: 'Usaha Baru', owners: [personOwner('Tono', { nik: '3573051203750007' })] }),
    );
    expect(again.statusCode).toBe(201);
  });
});

describe('linking accounts', () => {
  it('links an existing ikm_owner account or creates one, and refuses other roles and double links', async () => {
    const b = await createVia(admin, {
      name: 'Bordir Mbak Lia',
      owners: [personOwner('Lia'), personOwner('Dewi')],
    });
    const [lia, dewi] = b.owners;
    const officer = await userClient(app, database, { role: 'officer' });
    const wrongRole = await admin.post(`/api/owners/${lia.id}/account`, { userId: officer.user.id });
    expect(wrongRole.statusCode).toBe(400);
    expect(wrongRole.json().error.details.fields[0].path).toBe('userId');
    const created = await admin.post(`/api/owners/${lia.id}/account`, {
      newAccount: { email: 'lia@contoh.id', password: 'bordir-lia-2025' },
    });
    expect(created.statusCode).toBe(200);
    expect(created.json().userId).toBeTruthy();
    const lias = new Client(app);
    await lias.post('/api/auth/login', { email: 'lia@contoh.id', password: 'bordir-lia-2025' });
    expect((await lias.get('/api/businesses')).json().items.map((i: { id: string }) => i.id)).toEqual([b.id]);
    const twice = await admin.post(`/api/owners/${dewi.id}/account`, { userId: created.json().userId });
    expect(twice.statusCode).toBe(409);
    expect((await admin.delete(`/api/owners/${lia.id}/account`)).json().userId).toBeNull();
    expect((await lias.get('/api/businesses')).json().items).toEqual([]);
  });
});
