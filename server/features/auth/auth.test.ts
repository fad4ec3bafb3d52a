import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, sessions } from '#server/db/schema';
import { Client, createTestApp, type TestApp } from '#server/test/app';
import { ADMIN, createUser, DEFAULT_PASSWORD, setupAdmin, signIn } from '#server/test/factories';

let t: TestApp;
let admin: Client;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('health and first-run setup', () => {
  it('reports the engine in use', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', db: t.database.kind });
  });

  it('asks for setup, refuses other API calls, then creates the first admin once', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/setup' })).json()).toEqual({
      setupRequired: true,
    });
    const weak = await new Client(t.app).post('/api/auth/setup', { ...ADMIN, password: 'short' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.details.fields[0]).toMatchObject({
      path: 'password',
      message: 'Kata sandi minimal 8 karakter.',
    });

    admin = await setupAdmin(t.app);
    const me = await admin.get('/api/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().user).toMatchObject({ email: ADMIN.email, role: 'admin' });
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/setup' })).json()).toEqual({
      setupRequired: false,
    });

    const again = await new Client(t.app).post('/api/auth/setup', { ...ADMIN, email: 'other@contoh.id' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('setup_already_done');
  });
});

describe('sign-in', () => {
  it('sets an HttpOnly SameSite=Lax session cookie and a readable CSRF cookie', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: ADMIN.email, password: ADMIN.password },
    });
    expect(res.statusCode).toBe(200);
    const session = res.cookies.find((c) => c.name === 'bk_session');
    const csrf = res.cookies.find((c) => c.name === 'bk_csrf');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(csrf?.httpOnly).toBeFalsy();
    expect(res.json().csrfToken).toBe(csrf?.value);
    const [stored] = await t.database.db.select().from(sessions).limit(1);
    expect(stored.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.tokenHash).not.toBe(session?.value);
  });

  it('accepts the email in any case and refuses a wrong password with 401', async () => {
    const ok = await new Client(t.app).post('/api/auth/login', {
      email: ADMIN.email.toUpperCase(),
      password: ADMIN.password,
    });
    expect(ok.statusCode).toBe(200);
    const bad = await new Client(t.app).post('/api/auth/login', { email: ADMIN.email, password: 'salah' });
    expect(bad.statusCode).toBe(401);
    expect(bad.json().error.code).toBe('invalid_credentials');
  });

  it('rotates the session at sign-in: the cookie held before is dead afterwards', async () => {
    const client = await signIn(t.app, ADMIN.email, ADMIN.password);
    const before = client.cookies.get('bk_session');
    await client.post('/api/auth/login', { email: ADMIN.email, password: ADMIN.password });
    expect(client.cookies.get('bk_session')).not.toBe(before);
    const stale = await t.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: `bk_session=${before}` },
    });
    expect(stale.statusCode).toBe(401);
  });

  it('throttles an account after repeated failures, even for the right password, and says when to retry', async () => {
    const user = await createUser(t.database, { role: 'trainer' });
    for (let i = 0; i < t.config.LOGIN_MAX_FAILURES_PER_ACCOUNT; i++) {
      const r = await new Client(t.app).post('/api/auth/login', {
        email: user.email,
        password: `wrong-${i}`,
      });
      expect(r.statusCode).toBe(401);
    }
    const locked = await new Client(t.app).post('/api/auth/login', {
      email: user.email,
      password: DEFAULT_PASSWORD,
    });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('too_many_attempts');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('throttles an address that tries many accounts', async () => {
    const ip = '203.0.113.9';
    for (let i = 0; i < t.config.LOGIN_MAX_FAILURES_PER_IP; i++) {
      await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: ip,
        payload: { email: `nobody${i}@contoh.id`, password: 'x' },
      });
    }
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: ip,
      payload: { email: ADMIN.email, password: ADMIN.password },
    });
    expect(res.statusCode).toBe(429);
    const elsewhere = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: '203.0.113.10',
      payload: { email: ADMIN.email, password: ADMIN.password },
    });
    expect(elsewhere.statusCode).toBe(200);
  });

  it('refuses a deactivated account', async () => {
    const user = await createUser(t.database, { role: 'trainer', active: false });
    const res = await new Client(t.app).post('/api/auth/login', {
      email: user.email,
      password: DEFAULT_PASSWORD,
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('account_inactive');
  });
});

describe('sessions', () => {
  it('expires a session idle for longer than the idle timeout', async () => {
    const client = await signIn(t.app, ADMIN.email, ADMIN.password);
    const hash = (await t.database.db.select().from(sessions).orderBy(sessions.createdAt)).at(-1)!.tokenHash;
    const idle = new Date(Date.now() - (t.config.SESSION_IDLE_MINUTES + 1) * 60_000);
    await t.database.db.update(sessions).set({ lastSeenAt: idle }).where(eq(sessions.tokenHash, hash));
    expect((await client.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('expires a session past its absolute lifetime even when active', async () => {
    const client = await signIn(t.app, ADMIN.email, ADMIN.password);
    const hash = (await t.database.db.select().from(sessions).orderBy(sessions.createdAt)).at(-1)!.tokenHash;
    await t.database.db
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(sessions.tokenHash, hash));
    expect((await client.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('signs out: the cookie no longer works', async () => {
    const client = await signIn(t.app, ADMIN.email, ADMIN.password);
    const cookie = client.cookies.get('bk_session');
    expect((await client.post('/api/auth/logout')).statusCode).toBe(200);
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: `bk_session=${cookie}` },
    });
    expect(res.statusCode).toBe(401);
  });

  it('changing the password keeps this session and ends all others', async () => {
    const user = await createUser(t.database, { role: 'trainer' });
    const here = await signIn(t.app, user.email);
    const there = await signIn(t.app, user.email);
    const wrong = await here.post('/api/auth/password', {
      currentPassword: 'nope',
      newPassword: 'baru-sekali-123',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.details.fields[0].path).toBe('currentPassword');
    const res = await here.post('/api/auth/password', {
      currentPassword: DEFAULT_PASSWORD,
      newPassword: 'baru-sekali-123',
    });
    expect(res.statusCode).toBe(200);
    expect((await here.get('/api/auth/me')).statusCode).toBe(200);
    expect((await there.get('/api/auth/me')).statusCode).toBe(401);
    expect((await signIn(t.app, user.email, 'baru-sekali-123')).cookies.has('bk_session')).toBe(true);
  });

  it('keeps the chosen language on the account', async () => {
    const res = await admin.patch('/api/auth/me', { locale: 'en' });
    expect(res.statusCode).toBe(200);
    expect(res.json().user.locale).toBe('en');
    const again = await signIn(t.app, ADMIN.email, ADMIN.password);
    expect((await again.get('/api/auth/me')).json().user.locale).toBe('en');
    await admin.patch('/api/auth/me', { locale: 'id' });
  });
});

describe('deny by default and CSRF', () => {
  it('refuses API calls without a session', async () => {
    for (const url of ['/api/auth/me', '/api/users', '/api/audit']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe('unauthenticated');
    }
  });

  it('refuses a state change without the CSRF header, or with a wrong one', async () => {
    const cookie = [...admin.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const missing = await t.app.inject({
      method: 'PATCH',
      url: '/api/auth/me',
      headers: { cookie },
      payload: { name: 'X' },
    });
    expect(missing.statusCode).toBe(403);
    expect(missing.json().error.code).toBe('csrf_failed');
    const forged = await t.app.inject({
      method: 'PATCH',
      url: '/api/auth/me',
      headers: { cookie: cookie.replace(/bk_csrf=[^;]+/, 'bk_csrf=forged'), 'x-csrf-token': 'forged' },
      payload: { name: 'X' },
    });
    expect(forged.statusCode).toBe(403);
    expect((await admin.get('/api/auth/me')).json().user.name).toBe(ADMIN.name);
  });

  it('keeps officers out of admin endpoints', async () => {
    const officer = await createUser(t.database, { role: 'officer' });
    const client = await signIn(t.app, officer.email);
    expect((await client.get('/api/users')).statusCode).toBe(403);
    expect((await client.get('/api/audit')).statusCode).toBe(403);
    const res = await client.post('/api/users', {
      email: 'x@contoh.id',
      name: 'X',
      role: 'admin',
      password: 'abcdefghij',
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('forbidden');
  });
});

describe('bad input', () => {
  it('answers malformed JSON with a 400, not a 500', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"email": "a@b.c", "password": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('invalid_json');
  });

  it('names unknown and wrong fields, in the language asked for', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'accept-language': 'en-US,en;q=0.9' },
      payload: { email: 'not-an-email', password: 'x', role: 'admin' },
    });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.error.code).toBe('validation_failed');
    const byPath = Object.fromEntries(
      body.error.details.fields.map((f: { path: string; message: string }) => [f.path, f.message]),
    );
    expect(byPath.email).toBe('Email is not a valid email address (e.g. name@example.com).');
    expect(byPath.role).toBe('Unknown field "role".');

    const id = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'x', password: 'x' },
    });
    expect(id.json().error.details.fields[0].message).toBe(
      'Email bukan alamat email yang valid (contoh: nama@contoh.id).',
    );
    expect(id.json().error.message).toContain('Periksa kolom');
  });

  it('answers an unknown API path with a JSON 404', async () => {
    const res = await admin.get('/api/nothing-here');
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('not_found');
  });
});

describe('security headers and audit', () => {
  it('sends security headers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
  });

  it('records sign-ins and failures without secrets', async () => {
    const rows = await t.database.db.select().from(auditLog);
    const actions = new Set(rows.map((r) => r.action));
    expect(actions).toContain('setup.complete');
    expect(actions).toContain('auth.login');
    expect(actions).toContain('auth.login_failed');
    const text = JSON.stringify(rows);
    expect(text).not.toContain(ADMIN.password);
    expect(text).not.toContain('$argon2');
  });
});

describe('answer language', () => {
  it('follows the app cookie, then Accept-Language, then the account', async () => {
    const bad = { currentPassword: '', newPassword: 'x' };
    const cookie = [...admin.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const csrf = admin.csrf ?? '';
    const ask = async (headers: Record<string, string>) =>
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/auth/password',
          headers: { 'x-csrf-token': csrf, ...headers },
          payload: bad,
        })
      ).json().error.details.fields[0].message as string;
    expect(await ask({ cookie: `${cookie}; bk_lang=en`, 'accept-language': 'id' })).toBe(
      'Current password is required.',
    );
    expect(await ask({ cookie, 'accept-language': 'en-GB,en;q=0.8' })).toBe('Current password is required.');
    expect(await ask({ cookie })).toBe('Kata sandi saat ini wajib diisi.');
  });
});
