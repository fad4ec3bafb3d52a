import { type APIRequestContext, expect as baseExpect, type Page, test } from '@playwright/test';

/**
 * A field officer on a phone: opens the app once, loses the signal, reopens it (the service
 * worker serves the shell, the session is remembered), queues work in the outbox, reloads
 * while still offline (nothing lost), and when the signal returns the work reaches the server
 * exactly once — even when the first answer is lost on the way back.
 *
 * The queued work is the test-only `probe` kind (TEST_ROUTES=true in playwright.config.ts): the
 * server counts how often its handler ran for each item.
 */

// Same first admin as foundation.spec.ts: whichever journey runs first does the setup.
const admin = { name: 'Sri Wahyuni', email: 'sri@malangkota.go.id', password: 'kriya-malang-2021' };
const officer = {
  name: 'Rina Lapangan',
  email: 'rina.lapangan@malangkota.go.id',
  password: 'sinyal-lemah-2024',
};

const expect = baseExpect.configure({ timeout: 15_000 });

test.describe.configure({ mode: 'serial' });
// The service worker is what this journey is about (the other journeys block it).
test.use({ serviceWorkers: 'allow' });

async function ensureOfficer(request: APIRequestContext) {
  const status = await (await request.get('/api/auth/setup')).json();
  const session = status.setupRequired
    ? await request.post('/api/auth/setup', { data: { ...admin, locale: 'id' } })
    : await request.post('/api/auth/login', { data: { email: admin.email, password: admin.password } });
  expect(session.ok()).toBeTruthy();
  const { csrfToken } = await session.json();
  const created = await request.post('/api/users', {
    headers: { 'x-csrf-token': csrfToken },
    data: {
      name: officer.name,
      email: officer.email,
      role: 'officer',
      kecamatanCodes: ['35.73.05'],
      password: officer.password,
      locale: 'id',
    },
  });
  expect([201, 400, 409]).toContain(created.status());
}

test.beforeAll(async ({ playwright }, info) => {
  if (info.project.name !== 'phone') return;
  const request = await playwright.request.newContext({ baseURL: info.project.use.baseURL });
  await ensureOfficer(request);
  await request.dispose();
});

const home = (page: Page) => page.getByRole('heading', { name: /Rina/ });

test('offline: the app reopens without signal, queued work survives a reload and arrives exactly once', {
  tag: '@phone',
}, async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.goto('/login');
  await page.getByLabel('Email').fill(officer.email);
  await page.getByLabel('Kata sandi').fill(officer.password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(home(page)).toBeVisible();

  // The web app manifest names the app, its icons and the theme colour.
  const manifest = await (await page.request.get('/manifest.webmanifest')).json();
  expect(manifest).toMatchObject({ short_name: 'Bina Kriya', display: 'standalone', start_url: '/' });
  expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(
    expect.arrayContaining(['192x192', '512x512']),
  );
  for (const icon of manifest.icons as { src: string }[])
    expect((await page.request.get(icon.src)).status()).toBe(200);

  // One visit installs the service worker, which precaches the shell before it activates.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });

  // No signal: the app still opens, signed in, and says it is offline.
  await context.setOffline(true);
  await page.reload();
  await expect(home(page)).toBeVisible();
  await expect(page.getByTestId('offline-badge')).toHaveText('Luring');
  expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  // The service worker never answers API calls from a cache.
  expect(
    await page.evaluate(() =>
      fetch('/api/auth/me').then(
        () => 'answered',
        () => 'failed',
      ),
    ),
  ).toBe('failed');
  // The header still fits a 360 px screen with the badge in it.
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0);

  // Work queued offline waits in the outbox …
  // (The support handle arrives with the outbox, which the signed-in shell loads after its first paint.)
  await page.waitForFunction(() => Boolean(window.binaKriya));
  const id = await page.evaluate(() => window.binaKriya!.enqueueProbe('hadir sesi 1'));
  const status = page.getByTestId('outbox-status');
  await expect(status).toHaveAccessibleName('Antrean kirim: 1 menunggu, 0 gagal');
  // … and survives a reload while still offline.
  await page.reload();
  await expect(home(page)).toBeVisible();
  await expect(status).toHaveAccessibleName('Antrean kirim: 1 menunggu, 0 gagal');
  await status.click();
  await expect(page.getByTestId('outbox-item')).toContainText('Menunggu');
  await page.keyboard.press('Escape');

  // The signal returns, but the server's first answer is lost on the way back: the outbox
  // sends again with the same Idempotency-Key and the server replays instead of redoing.
  let sends = 0;
  await page.route('**/api/testing/probe', async (route) => {
    if (route.request().method() !== 'POST') return route.continue();
    sends += 1;
    expect(route.request().headers()['idempotency-key']).toBe(id);
    if (sends === 1) {
      const answer = await route.fetch();
      expect(answer.status()).toBe(201);
      return route.abort('connectionreset');
    }
    return route.continue();
  });
  await context.setOffline(false);
  await expect(page.getByTestId('offline-badge')).toBeHidden();
  await expect(status).toBeHidden({ timeout: 30_000 });
  expect(sends).toBeGreaterThanOrEqual(2);

  const log = await (await page.request.get('/api/testing/probe')).json();
  const mine = log.items.filter((item: { id: string }) => item.id === id);
  expect(mine).toEqual([{ id, note: 'hadir sesi 1', executions: 1 }]);
  const stored = await page.evaluate(
    (itemId) => window.binaKriya!.outbox.db.items.get(itemId).then((item) => item?.state),
    id,
  );
  expect(stored).toBe('sent');
});
