import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from '#server/test/app';
import { setupAdmin, userClient } from '#server/test/factories';

let t: TestApp;
let admin: Client;

beforeAll(async () => {
  t = await createTestApp();
  admin = await setupAdmin(t.app);
});
afterAll(async () => t.close());

describe('the audit log', () => {
  it('names each record, also on entries that carry no snapshot of their own', async () => {
    const created = await admin.post('/api/users', {
      email: 'pencatat@contoh.id',
      name: 'Pencatat Kelurahan',
      role: 'trainer',
      password: 'pencatat-aman-1',
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    // A password reset records no name; the entry still shows whose account it was.
    await admin.patch(`/api/users/${id}`, { active: false });
    const res = await admin.get(`/api/audit?entityType=user&entityId=${id}`);
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { action: string; entityName: string | null }[];
    expect(items.map((e) => e.action).sort()).toEqual(['user.create', 'user.update']);
    for (const e of items) expect(e.entityName).toBe('Pencatat Kelurahan');
  });

  it('offers the record types it holds as a list for the filter', async () => {
    const res = await admin.get('/api/audit/actions');
    expect(res.statusCode).toBe(200);
    expect(res.json().entityTypes).toContain('user');
    expect(res.json().actions).toContain('user.create');
  });

  it('is refused to officers', async () => {
    const { client: officer } = await userClient(t.app, t.database, {
      role: 'officer',
      kecamatanCodes: ['35.73.05'],
    });
    expect((await officer.get('/api/audit/actions')).statusCode).toBe(403);
    expect((await officer.get('/api/audit')).statusCode).toBe(403);
  });
});
