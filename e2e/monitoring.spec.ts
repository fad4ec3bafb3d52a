import { type APIRequestContext, expect as baseExpect, type Page, test } from '@playwright/test';

/**
 * A field officer records monitoring visits with no signal: the visits wait on the phone,
 * survive a reload, and when the signal returns each arrives exactly once even though the
 * server's first answer is lost. A correction made on an old version meets the newer one as a
 * conflict, and the officer chooses — nothing is overwritten silently.
 */

const admin = { name: 'Sri Wahyuni', email: 'sri@malangkota.go.id', password: 'kriya-malang-2021' };
const officer = {
  name: 'Bayu Pendamping',
  email: 'bayu.pendamping@malangkota.go.id',
  password: 'kunjungan-aman-2024',
};
const run = Date.now().toString(36);
const businessName = `UD Pantau Tembaga ${run}`;

const expect = baseExpect.configure({ timeout: 15_000 });

test.describe.configure({ mode: 'serial' });
test.use({ serviceWorkers: 'allow' });

let api: APIRequestContext;
let csrf = '';
let businessId = '';

async function adminSession(request: APIRequestContext) {
  const status = await (await request.get('/api/auth/setup')).json();
  const session = status.setupRequired
    ? await request.post('/api/auth/setup', { data: { ...admin, locale: 'id' } })
    : await request.post('/api/auth/login', { data: { email: admin.email, password: admin.password } });
  expect(session.ok()).toBeTruthy();
  return (await session.json()).csrfToken as string;
}

test.beforeAll(async ({ playwright }, info) => {
  if (info.project.name !== 'phone') return;
  api = await playwright.request.newContext({ baseURL: info.project.use.baseURL });
  csrf = await adminSession(api);
  const created = await api.post('/api/users', {
    headers: { 'x-csrf-token': csrf },
    data: { ...officer, role: 'officer', kecamatanCodes: ['35.73.05'], locale: 'id' },
  });
  expect([201, 400, 409]).toContain(created.status());
  const business = await api.post('/api/businesses', {
    headers: { 'x-csrf-token': csrf },
    data: {
      name: businessName,
      subsector: 'electroforming',
      districtCode: '35.73.05',
      villageCode: '35.73.05.1003',
    },
  });
  expect(business.status(), await business.text()).toBe(201);
  businessId = (await business.json()).id;
});

test.afterAll(async () => {
  await api?.dispose();
});

async function recordVisit(page: Page, pieces: string) {
  await page
    .getByTestId('field-business')
    .filter({ hasText: businessName })
    .getByRole('link', { name: 'Catat' })
    .click();
  await expect(page.getByRole('heading', { name: businessName })).toBeVisible();
  await page
    .getByRole('radiogroup', { name: /Masih memproduksi/ })
    .getByLabel('Ya')
    .check();
  await page.getByLabel(/Jumlah produksi bulan lalu/).fill(pieces);
  await page
    .getByRole('radiogroup', { name: /luar kota/ })
    .getByLabel('Tidak')
    .check();
  await page
    .getByRole('radiogroup', { name: /Sudah ekspor/ })
    .getByLabel('Tidak')
    .check();
  await page.getByRole('button', { name: 'Simpan kunjungan' }).click();
  await expect(page.getByRole('heading', { name: 'Kunjungan lapangan' })).toBeVisible();
}

const visitsOnServer = async () =>
  (await (await api.get(`/api/visits?businessId=${businessId}`)).json()) as {
    total: number;
    items: { id: string; version: number; answers: Record<string, unknown> }[];
  };

test('visits recorded offline survive a reload and arrive once; a stale correction is a choice, not an overwrite', {
  tag: '@phone',
}, async ({ page, context }) => {
  test.setTimeout(180_000);
  await page.goto('/login');
  await page.getByLabel('Email').fill(officer.email);
  await page.getByLabel('Kata sandi').fill(officer.password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByTestId('user-menu')).toBeVisible();
  await page.goto('/field');
  await expect(page.getByTestId('field-business').filter({ hasText: businessName })).toBeVisible();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });

  await context.setOffline(true);
  await recordVisit(page, '40');
  await recordVisit(page, '45');
  const queued = page.getByTestId('outbox-item').filter({ hasText: businessName });
  await expect(queued).toHaveCount(2);
  await expect(queued.first()).toContainText('Menunggu');

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Kunjungan lapangan' })).toBeVisible();
  await expect(queued).toHaveCount(2);
  expect((await visitsOnServer()).total).toBe(0);

  // The signal returns; the server's first answer is lost on the way back.
  let lost = 0;
  await page.route('**/api/visits', async (route) => {
    if (route.request().method() !== 'POST' || lost > 0) return route.continue();
    lost += 1;
    const answer = await route.fetch();
    expect(answer.status()).toBe(201);
    return route.abort('connectionreset');
  });
  await context.setOffline(false);
  await expect(queued.filter({ hasText: 'Terkirim' })).toHaveCount(2, { timeout: 60_000 });
  const stored = await visitsOnServer();
  expect(stored.total).toBe(2);
  expect(stored.items.map((v) => v.answers.piecesLastMonth).sort()).toEqual([40, 45]);

  // The officer opens a correction; meanwhile the office corrects the same visit.
  const target = stored.items[0];
  await page.goto(`/visits/${target.id}/edit`);
  await page.getByLabel(/Jumlah produksi bulan lalu/).fill('60');
  const office = await api.patch(`/api/visits/${target.id}`, {
    headers: { 'x-csrf-token': csrf },
    data: { version: 1, answers: { ...target.answers, piecesLastMonth: 99 } },
  });
  expect(office.status()).toBe(200);
  await page.getByRole('button', { name: 'Simpan kunjungan' }).click();
  const edit = page.getByTestId('outbox-item').filter({ hasText: 'Koreksi' });
  await expect(edit).toContainText('Gagal', { timeout: 30_000 });
  expect((await visitsOnServer()).items.find((v) => v.id === target.id)?.answers.piecesLastMonth).toBe(99);
  await edit.getByRole('button', { name: 'Pilih versi' }).click();
  await page.getByRole('button', { name: 'Pakai versi saya' }).click();
  await expect(edit).toContainText('Terkirim', { timeout: 30_000 });
  const after = (await visitsOnServer()).items.find((v) => v.id === target.id);
  expect(after).toMatchObject({ version: 3, answers: { piecesLastMonth: 60 } });
});
