import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from './test/app';
import { createTestApp, type TestApp } from './test/app';
import { setupAdmin } from './test/factories';

let t: TestApp;
let admin: Client;

beforeAll(async () => {
  t = await createTestApp();
  admin = await setupAdmin(t.app);
});
afterAll(async () => t.close());

const SOME_ID = '00000000-0000-4000-8000-000000000000';
const concrete = (url: string) => url.replace(/:[A-Za-z]+/g, SOME_ID);
// Routes meant for everyone: health, the API description, setup status/setup and sign-in,
// what buyers use without an account (published catalog, its photos, inquiries), and
// training's public registration page, ticket, survey and certificate verification.
const PUBLIC = new Set([
  'GET /api/health',
  'GET /api/openapi.json',
  'GET /api/auth/setup',
  'POST /api/auth/setup',
  'POST /api/auth/login',
  'GET /api/public/products',
  'GET /api/public/products/:slug',
  'GET /api/public/makers/:slug',
  'GET /api/public/photos/:id/:file',
  'POST /api/public/inquiries',
  'GET /api/public/events/:id',
  'POST /api/public/events/:id/registrations',
  'GET /api/public/registrations/:code',
  'POST /api/public/registrations/:code/cancel',
  'GET /api/public/registrations/:code/ticket.pdf',
  'POST /api/public/registrations/:code/feedback',
  'GET /api/public/certificates/key',
  'GET /api/public/certificates/:code',
  'GET /api/public/districts',
]);

function apiRoutes() {
  return t.app.routeTable.filter(
    (r) =>
      r.url.startsWith('/api') &&
      !r.url.startsWith('/api/docs') &&
      r.method !== 'HEAD' &&
      r.method !== 'OPTIONS',
  );
}

describe('every API route', () => {
  it('is public only when it is meant to be', () => {
    const open = apiRoutes()
      .filter((r) => r.public)
      .map((r) => `${r.method} ${r.url}`);
    expect(open.sort()).toEqual([...PUBLIC].sort());
  });

  it('refuses a request without a session with 401', async () => {
    const closed = apiRoutes().filter((r) => !r.public);
    expect(closed.length).toBeGreaterThan(5);
    for (const route of closed) {
      const res = await t.app.inject({
        method: route.method as 'GET',
        url: concrete(route.url),
        payload: route.method === 'GET' ? undefined : {},
      });
      expect({ route: `${route.method} ${route.url}`, status: res.statusCode }).toEqual({
        route: `${route.method} ${route.url}`,
        status: 401,
      });
    }
  });

  it('refuses a signed-in state change without the CSRF header', async () => {
    const unsafe = apiRoutes().filter(
      (r) => !r.public && r.csrf && ['POST', 'PUT', 'PATCH', 'DELETE'].includes(r.method),
    );
    const cookie = [...admin.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    for (const route of unsafe) {
      const res = await t.app.inject({
        method: route.method as 'POST',
        url: concrete(route.url),
        headers: { cookie },
        payload: {},
      });
      expect({ route: `${route.method} ${route.url}`, code: res.json().error?.code }).toEqual({
        route: `${route.method} ${route.url}`,
        code: 'csrf_failed',
      });
    }
  });
});
