import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, type TestApp } from '#server/test/app';
import { ADMIN, setupAdmin, signIn, userClient } from '#server/test/factories';

let t: TestApp;
let admin: Client;

beforeAll(async () => {
  t = await createTestApp();
  admin = await setupAdmin(t.app);
});
afterAll(async () => t.close());

const officerBody = {
  email: 'petugas.lowokwaru@malangkota.go.id',
  name: 'Petugas Lowokwaru',
  role: 'officer',
  password: 'petugas-aman-1',
  kecamatanCodes: ['35.73.05', '35.73.05', '35.73.01'],
};

describe('user management by admins', () => {
  let officerId: string;

  it('creates an officer with de-duplicated kecamatan and audits it without the password', async () => {
    const res = await admin.post('/api/users', officerBody);
    expect(res.statusCode).toBe(201);
    const user = res.json();
    officerId = user.id;
    expect(user).toMatchObject({ role: 'officer', active: true, kecamatanCodes: ['35.73.05', '35.73.01'] });
    expect(user).not.toHaveProperty('passwordHash');
    const audit = await admin.get(`/api/audit?entityType=user&entityId=${user.id}`);
    expect(audit.json().items[0]).toMatchObject({ action: 'user.create', actorEmail: ADMIN.email });
    expect(JSON.stringify(audit.json())).not.toContain('petugas-aman-1');
  });

  it('refuses a duplicate email (any case) and an officer without kecamatan, naming the field', async () => {
    const dup = await admin.post('/api/users', { ...officerBody, email: officerBody.email.toUpperCase() });
    expect(dup.statusCode).toBe(400);
    expect(dup.json().error.details.fields[0]).toMatchObject({
      path: 'email',
      message: 'Email ini sudah dipakai akun lain.',
    });
    const none = await admin.post('/api/users', { ...officerBody, email: 'b@contoh.id', kecamatanCodes: [] });
    expect(none.statusCode).toBe(400);
    expect(none.json().error.details.fields[0].path).toBe('kecamatanCodes');
    const badCode = await admin.post('/api/users', {
      ...officerBody,
      email: 'c@contoh.id',
      kecamatanCodes: ['Lowokwaru'],
    });
    expect(badCode.statusCode).toBe(400);
    expect(badCode.json().error.details.fields[0].path).toBe('kecamatanCodes.0');
  });

  it('answers an empty or wrong-typed body with field messages that name each field', async () => {
    const empty = await admin.post('/api/users', {});
    expect(empty.statusCode).toBe(400);
    const byPath = (res: typeof empty) =>
      Object.fromEntries(
        res.json().error.details.fields.map((f: { path: string; message: string }) => [f.path, f.message]),
      );
    expect(byPath(empty)).toMatchObject({
      email: 'Email wajib diisi.',
      name: 'Nama wajib diisi.',
      role: 'Pilih peran.',
      password: 'Kata sandi wajib diisi.',
    });
    const wrong = await admin.post(
      '/api/users',
      { email: 42, name: ['x'], role: 'boss', password: 'kata-sandi-aman', kecamatanCodes: 'Lowokwaru' },
      { headers: { 'accept-language': 'en' } },
    );
    expect(byPath(wrong)).toMatchObject({
      email: 'Email must be text.',
      name: 'Name must be text.',
      role: 'Role must be one of the offered choices.',
      kecamatanCodes: 'Assigned kecamatan must be a list of choices.',
    });
    expect(JSON.stringify(wrong.json())).not.toMatch(/expected|received|Invalid input/);
  });

  it('lists and searches users with paging', async () => {
    const res = await admin.get('/api/users?q=lowokwaru&role=officer&pageSize=10');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ total: 1, page: 1, pageSize: 10 });
    expect(res.json().items[0].email).toBe(officerBody.email);
    expect((await admin.get('/api/users?pageSize=500')).statusCode).toBe(400);
  });

  it('deactivating a user ends their sessions at once and blocks sign-in', async () => {
    const officer = await signIn(t.app, officerBody.email, officerBody.password);
    expect((await officer.get('/api/auth/me')).statusCode).toBe(200);
    const res = await admin.patch(`/api/users/${officerId}`, { active: false });
    expect(res.statusCode).toBe(200);
    expect((await officer.get('/api/auth/me')).statusCode).toBe(401);
    const again = await new Client(t.app).post('/api/auth/login', {
      email: officerBody.email,
      password: officerBody.password,
    });
    expect(again.statusCode).toBe(403);
    await admin.patch(`/api/users/${officerId}`, { active: true });
  });

  it('an admin password reset signs the user out everywhere', async () => {
    const officer = await signIn(t.app, officerBody.email, officerBody.password);
    await admin.patch(`/api/users/${officerId}`, { password: 'direset-admin-9' });
    expect((await officer.get('/api/auth/me')).statusCode).toBe(401);
    await signIn(t.app, officerBody.email, 'direset-admin-9');
  });

  it('keeps at least one active admin and refuses to deactivate oneself', async () => {
    const me = (await admin.get('/api/auth/me')).json().user;
    const self = await admin.patch(`/api/users/${me.id}`, { active: false });
    expect(self.statusCode).toBe(400);
    expect(self.json().error.details.fields[0].path).toBe('active');
    const demote = await admin.patch(`/api/users/${me.id}`, { role: 'trainer' });
    expect(demote.statusCode).toBe(400);
    expect(demote.json().error.details.fields[0].path).toBe('role');
  });

  it('answers 404 for an unknown user and 400 for a malformed id', async () => {
    expect((await admin.get('/api/users/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await admin.get('/api/users/not-a-uuid')).statusCode).toBe(400);
  });
});

describe('who may manage users', () => {
  for (const role of ['officer', 'trainer', 'ikm_owner'] as const) {
    it(`refuses a ${role}`, async () => {
      const { client } = await userClient(t.app, t.database, { role });
      expect((await client.get('/api/users')).statusCode).toBe(403);
      expect(
        (await client.post('/api/users', { ...officerBody, email: `${role}-x@contoh.id` })).statusCode,
      ).toBe(403);
      expect((await client.get('/api/audit')).statusCode).toBe(403);
    });
  }
});

describe('audit log browsing', () => {
  it('filters by action and date range and lists known actions', async () => {
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    const res = await admin.get(`/api/audit?action=user.create&from=${today}&to=${today}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().items.every((e: { action: string }) => e.action === 'user.create')).toBe(true);
    expect(res.json().total).toBeGreaterThan(0);
    const past = await admin.get('/api/audit?from=2000-01-01&to=2000-01-02');
    expect(past.json().total).toBe(0);
    const actions = await admin.get('/api/audit/actions');
    expect(actions.json().actions).toEqual(
      expect.arrayContaining(['user.create', 'auth.login', 'setup.complete']),
    );
  });
});
