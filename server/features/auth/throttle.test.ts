import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '#server/db/schema';
import { type Client, createTestApp, type TestApp } from '#server/test/app';
import { peakConnections, statusCounts, together } from '#server/test/concurrency';
import { createUser, DEFAULT_PASSWORD, setupAdmin, signIn } from '#server/test/factories';

let t: TestApp;
let admin: Client;

beforeAll(async () => {
  t = await createTestApp({ LOGIN_MAX_FAILURES_PER_ACCOUNT_UNKNOWN_ADDRESSES: '12' });
  admin = await setupAdmin(t.app);
});
afterAll(async () => t.close());

const login = (email: string, password: string, ip = '198.51.100.1') =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: ip, payload: { email, password } });

describe('sign-in throttling', () => {
  it('checks exactly the allowed number of passwords when the tries arrive together', async () => {
    const user = await createUser(t.database, { role: 'trainer' });
    const limit = t.config.LOGIN_MAX_FAILURES_PER_ACCOUNT;
    const { result, peak } = await peakConnections(t.database, () =>
      together(20, (i) => login(user.email, `salah-${i}`)),
    );
    expect(statusCounts(result)).toEqual({ 401: limit, 429: 20 - limit });
    if (t.database.kind === 'postgres') expect(peak).toBeGreaterThan(1);
    const failures = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'auth.login_failed'));
    expect(failures.filter((r) => r.entityId === user.id)).toHaveLength(limit);
  });

  it('locks the account for the guessing address only: the owner elsewhere still signs in', async () => {
    const user = await createUser(t.database, { role: 'officer' });
    for (let i = 0; i < t.config.LOGIN_MAX_FAILURES_PER_ACCOUNT; i++)
      expect((await login(user.email, `tebak-${i}`, '203.0.113.66')).statusCode).toBe(401);
    expect((await login(user.email, DEFAULT_PASSWORD, '203.0.113.66')).statusCode).toBe(429);
    expect((await login(user.email, DEFAULT_PASSWORD, '192.0.2.20')).statusCode).toBe(200);
  });

  it('slows a guess spread over many addresses, but not the owner at an address they used before', async () => {
    const user = await createUser(t.database, { role: 'ikm_owner' });
    const home = '192.0.2.77';
    expect((await login(user.email, DEFAULT_PASSWORD, home)).statusCode).toBe(200);
    for (let i = 0; i < 12; i++)
      expect((await login(user.email, `x-${i}`, `203.0.113.${100 + i}`)).statusCode).toBe(401);
    const fresh = await login(user.email, DEFAULT_PASSWORD, '203.0.113.200');
    expect(fresh.statusCode).toBe(429);
    expect(fresh.json().error.code).toBe('too_many_attempts');
    expect((await login(user.email, DEFAULT_PASSWORD, home)).statusCode).toBe(200);
  });

  it('lets an admin lift a lock (audited); nobody else may', async () => {
    const user = await createUser(t.database, { role: 'trainer' });
    for (let i = 0; i < t.config.LOGIN_MAX_FAILURES_PER_ACCOUNT; i++) await login(user.email, `w-${i}`);
    expect((await login(user.email, DEFAULT_PASSWORD)).statusCode).toBe(429);

    const listed = await admin.get(`/api/users?q=${encodeURIComponent(user.email)}`);
    expect(listed.json().items[0].signInLockedUntil).toEqual(expect.any(String));

    const other = await createUser(t.database, { role: 'officer' });
    const officer = await signIn(t.app, other.email);
    const refused = await officer.post(`/api/users/${user.id}/unlock-sign-in`);
    expect(refused.statusCode).toBe(403);
    expect((await login(user.email, DEFAULT_PASSWORD)).statusCode).toBe(429);

    const res = await admin.post(`/api/users/${user.id}/unlock-sign-in`);
    expect(res.statusCode).toBe(200);
    expect(res.json().signInLockedUntil).toBeNull();
    const [audit] = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'user.unlock_sign_in'));
    expect(audit).toMatchObject({ entityId: user.id, actorEmail: expect.any(String) });
    expect((await login(user.email, DEFAULT_PASSWORD)).statusCode).toBe(200);
    expect((await admin.get(`/api/users/${user.id}`)).json().signInLockedUntil).toBeNull();
  });

  it('answers 404 when unlocking an account that does not exist', async () => {
    const res = await admin.post('/api/users/00000000-0000-4000-8000-000000000000/unlock-sign-in');
    expect(res.statusCode).toBe(404);
  });

  it('a success gives the attempt back: the owner typing right after typos is not locked later', async () => {
    const user = await createUser(t.database, { role: 'trainer' });
    const ip = '198.51.100.50';
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < t.config.LOGIN_MAX_FAILURES_PER_ACCOUNT - 1; i++)
        expect((await login(user.email, `typo-${i}`, ip)).statusCode).toBe(401);
      expect((await login(user.email, DEFAULT_PASSWORD, ip)).statusCode).toBe(200);
    }
  });
});
