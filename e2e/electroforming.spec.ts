import { readFileSync } from 'node:fs';
import {
  type APIRequestContext,
  expect as baseExpect,
  type Locator,
  type Page,
  test,
} from '@playwright/test';

/**
 * A new maker on a 360 px phone: measures a leaf from a photo, gets time and current with
 * the working, then runs a whole batch (bath, plan, start/stop, readings, QC, calibration,
 * costing, price sheet). The server starts from an empty data directory.
 */

// Same first admin as foundation.spec.ts: whichever journey runs first does the setup.
const admin = { name: 'Sri Wahyuni', email: 'sri@malangkota.go.id', password: 'kriya-malang-2021' };
const maker = { name: 'Siti Rahayu', email: 'siti.daun@example.id', password: 'daun-tembaga-2024' };

const FIXTURE = 'core/domain/photo-area/fixtures/leaf-known-area.png';
const truth = JSON.parse(readFileSync('core/domain/photo-area/fixtures/leaf-known-area.json', 'utf8')) as {
  object: { areaCm2BothFaces: number };
  tolerance: number;
};

// Pages are lazy chunks and the photo is segmented on a (slow) phone: be patient.
const expect = baseExpect.configure({ timeout: 15_000 });

test.describe.configure({ mode: 'serial' });
// The maker journeys are phone journeys: tagged @phone, they run in the 360 px project only.

/** First-run setup (or the existing admin), then the maker's account through the users API. */
async function ensureMaker(request: APIRequestContext) {
  const status = await (await request.get('/api/auth/setup')).json();
  const session = status.setupRequired
    ? await request.post('/api/auth/setup', { data: { ...admin, locale: 'id' } })
    : await request.post('/api/auth/login', { data: { email: admin.email, password: admin.password } });
  expect(session.ok()).toBeTruthy();
  const { csrfToken } = await session.json();
  const created = await request.post('/api/users', {
    headers: { 'x-csrf-token': csrfToken },
    data: { name: maker.name, email: maker.email, role: 'ikm_owner', password: maker.password, locale: 'id' },
  });
  // A second run against the same server finds the maker already there.
  expect([201, 400, 409]).toContain(created.status());
}

async function signIn(page: Page) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(maker.email);
  await page.getByLabel('Kata sandi').fill(maker.password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByRole('heading', { name: /Siti/ })).toBeVisible();
}

/** Locale number on screen ("23,56") → number. */
const num = (text: string) =>
  Number(
    text
      .replace(/[^\d,.-]/g, '')
      .replace(/\./g, '')
      .replace(',', '.'),
  );
const numberIn = async (locator: Locator) => num((await locator.textContent()) ?? '');

async function noSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

async function noNonsense(page: Page) {
  await expect(page.locator('body')).not.toContainText(/NaN|Infinity|undefined/);
}

test.beforeAll(async ({ playwright }, info) => {
  // Only where the journeys run: on the desktop pass foundation.spec.ts does the setup itself.
  if (info.project.name !== 'phone') return;
  const request = await playwright.request.newContext({ baseURL: info.project.use.baseURL });
  await ensureMaker(request);
  await request.dispose();
});

test('a new maker measures a leaf from a photo and gets time and current with the working', {
  tag: '@phone',
}, async ({ page }) => {
  test.setTimeout(240_000);
  await signIn(page);
  // The home page offers the workbench as a card (the menu is folded away on a phone).
  await page
    .getByRole('main')
    .getByRole('link', { name: /Bengkel Elektroforming/ })
    .click();
  await expect(page.getByRole('heading', { name: 'Bengkel Elektroforming' })).toBeVisible();
  await noSidewaysScroll(page);
  await page.getByTestId('tool-time').click();
  await expect(page.getByRole('heading', { name: 'Berapa lama saya melapisi daun ini?' })).toBeVisible();

  // Area from the photo: the tool opens over the calculator and hands the area back.
  await page.getByTestId('area-mode').getByText('Foto').click();
  await page.getByTestId('open-photo-area').click();
  await page.getByTestId('photo-file-input').setInputFiles(FIXTURE);
  const area = page.getByTestId('photo-area-result');
  // Seconds on a phone; much longer on a busy CI machine.
  await expect(area).toBeVisible({ timeout: 120_000 });
  await expect(page.getByTestId('coin-outline')).toBeVisible();
  await expect(page.getByTestId('object-outline')).toHaveCount(1);
  const measured = await numberIn(area);
  expect(Math.abs(measured / truth.object.areaCm2BothFaces - 1)).toBeLessThan(truth.tolerance);
  await noSidewaysScroll(page);
  await page.getByTestId('photo-use').click();
  await expect(page.getByTestId('area-total')).toBeVisible();
  expect(num(((await page.getByTestId('area-total').textContent()) ?? '').split('cm²')[0])).toBeCloseTo(
    measured,
    1,
  );

  // 200 µm at 1.5 A/dm², η 0.95: 18.85 µm/h → 10.6 h; I = 1.5 A/dm² × A.
  const hours = 200 / (1.5 * 0.95 * 13.231);
  await expect(page.getByTestId('result-time')).toContainText(`${Math.floor(hours)} jam`);
  expect(await numberIn(page.getByTestId('result-current'))).toBeCloseTo((1.5 * measured) / 100, 2);
  const working = page.getByTestId('working');
  await expect(working).toContainText('Laju pertumbuhan lapisan tembaga');
  await expect(working).toContainText('v = J·η·M/(n·F·ρ)');
  await expect(working).toContainText('t = δ/v');
  await expect(page.getByTestId('answer-bar')).toBeVisible();
  await noNonsense(page);
  await noSidewaysScroll(page);

  // The same area follows the maker to "what current do I set?", in any density unit.
  await page.goto('/electroforming/current');
  expect(await numberIn(page.getByTestId('result-current'))).toBeCloseTo((1.5 * measured) / 100, 2);
  await page.getByTestId('density-unit').getByText('A/in²').click();
  await expect(page.getByTestId('density-table')).toContainText('A/ft²');
  expect(await numberIn(page.getByTestId('result-current'))).toBeCloseTo((1.5 * measured) / 100, 2);
  await noSidewaysScroll(page);
});

test('calculators explain bad input and never show NaN', { tag: '@phone' }, async ({ page }) => {
  test.setTimeout(240_000);
  await signIn(page);
  await page.goto('/electroforming/time');
  await page.getByTestId('area-mode').getByText('cm²').click();
  const areaField = page.getByLabel('Luas kedua sisi');
  await areaField.fill('-5');
  await expect(page.getByText(/Luas harus lebih dari 0/).first()).toBeVisible();
  await expect(page.getByTestId('calc-errors')).toBeVisible();
  await noNonsense(page);
  await areaField.fill('60');
  const efficiency = page.getByLabel('Efisiensi katoda η');
  for (const bad of ['0', '1,5']) {
    await efficiency.fill(bad);
    await expect(page.getByText(/Efisiensi katoda harus lebih dari 0/).first()).toBeVisible();
    await noNonsense(page);
  }
  await efficiency.fill('');
  await expect(page.getByText('Isi angka ini.').first()).toBeVisible();
  await efficiency.fill('0,95');
  await page.getByRole('textbox', { name: 'Rapat arus' }).fill('80');
  await expect(page.getByText(/paling besar 50 A\/dm²/).first()).toBeVisible();
  await page.getByRole('textbox', { name: 'Rapat arus' }).fill('5');
  // Allowed, but the maker is warned: edges burn.
  await expect(page.getByTestId('calc-warnings')).toContainText('gosong');
  await expect(page.getByTestId('result-time')).toBeVisible();

  await page.goto('/electroforming/thickness');
  await page.getByTestId('run-step-1').getByLabel('Lama').fill('0');
  await expect(page.getByText(/Waktu harus lebih dari nol/).first()).toBeVisible();
  await noNonsense(page);

  await page.goto('/electroforming/bath');
  await expect(page.getByTestId('safety-notes')).toContainText('Selalu tuang asam ke dalam air');
  await page.getByLabel('Volume larutan').fill('1');
  await expect(page.getByTestId('result-sulfate')).toContainText('200');
  await noNonsense(page);

  await page.goto('/electroforming/price');
  await expect(page.getByTestId('result-cost')).toContainText('Rp');
  await expect(page.getByTestId('cost-breakdown')).toBeVisible();
  await noNonsense(page);
  await noSidewaysScroll(page);
});

test('the maker runs a batch: bath, plan, start/stop, readings, QC, calibration, costing', {
  tag: '@phone',
}, async ({ page }) => {
  test.setTimeout(240_000);
  await signIn(page);

  // A bath.
  await page.goto('/plating/baths');
  await expect(page.getByRole('heading', { name: 'Larutan saya' })).toBeVisible();
  await page.getByTestId('bath-new').first().click();
  const bathForm = page.getByRole('dialog');
  await bathForm.getByLabel('Nama larutan').fill('Bak ember 2 L');
  await bathForm.getByTestId('bath-save').click();
  await expect(bathForm).toBeHidden();
  await page.getByTestId('bath-card').first().click();
  await expect(page.getByRole('heading', { name: 'Bak ember 2 L' })).toBeVisible();

  // Maintenance: an analysis shows low copper sulfate as out of the window.
  await page.getByTestId('maintenance-new').click();
  const log = page.getByRole('dialog');
  await log.getByLabel('Tembaga sulfat').fill('140');
  await log.getByTestId('maintenance-save').click();
  await expect(log).toBeHidden();
  await expect(page.getByTestId('maintenance-log')).toContainText('Analisis larutan');
  await expect(page.getByTestId('calc-warnings').first()).toContainText('di bawah');
  await noSidewaysScroll(page);

  // Plan a batch of two leaves of 23.56 cm² (both faces), 200 µm.
  await page.getByRole('link', { name: 'Rencanakan batch' }).click();
  const piece = page.getByTestId('piece-0');
  await piece.getByTestId('area-mode').getByText('cm²').click();
  await piece.getByLabel('Luas kedua sisi').fill('23,56');
  await piece.getByRole('button', { name: 'Salin benda ini' }).click();
  await expect(page.getByTestId('piece-1')).toBeVisible();
  // 2 × 23.56 cm² at 1.5 A/dm² → 0.7068 A after the strike.
  await expect(page.getByTestId('plan-current')).toContainText('0,707');
  await expect(page.getByTestId('piece-0-ready')).toContainText('200 µm');
  await noSidewaysScroll(page);
  await page.getByTestId('planner-save').click();
  await expect(page.getByTestId('batch-status')).toHaveText('Direncanakan');

  // Started ten hours ago (the maker forgot to press start), one reading, then stop.
  await page.getByRole('button', { name: 'Waktunya bukan sekarang?' }).click();
  const started = new Date(Date.now() - 10 * 3_600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  await page
    .getByTestId('status-at')
    .fill(
      `${started.getFullYear()}-${pad(started.getMonth() + 1)}-${pad(started.getDate())}T${pad(started.getHours())}:${pad(started.getMinutes())}`,
    );
  await page.getByTestId('status-running').click();
  await expect(page.getByTestId('batch-status')).toHaveText('Berjalan');
  await expect(page.getByTestId('run-progress')).toBeVisible();
  await page.getByTestId('reading-current').fill('0,7');
  await page.getByTestId('reading-add').click();
  await expect(page.getByTestId('readings')).toContainText('0,7 A');
  await page.getByTestId('status-finishing').click();
  await expect(page.getByTestId('batch-status')).toHaveText('Finishing');

  // QC: one passes, one is rejected for burnt edges, with causes and fixes shown.
  await page.getByTestId('qc-open-0').click();
  await page.getByTestId('qc-save').click();
  await expect(page.getByTestId('batch-piece-0')).toContainText('Lolos');
  await page.getByTestId('qc-open-1').click();
  await page.getByTestId('qc-outcome').getByText('Tolak').click();
  await page.getByText('Gosong / bintil di tepi').click();
  await expect(page.getByTestId('defect-guide')).toContainText('Rapat arus terlalu tinggi');
  await page.getByTestId('qc-save').click();
  await expect(page.getByTestId('batch-piece-1')).toContainText('Tolak');

  // Finishing: a patina.
  await page.getByTestId('finishing-kind').click();
  await page.getByRole('option', { name: 'Patina' }).click();
  await page.getByTestId('finishing-add').click();
  await expect(page.getByTestId('finishing-list')).toContainText('Patina');

  // Calibration: 0.7 A for 10 h is 8.30 g at η = 1; 7.9 g weighed → η ≈ 0.95.
  await page.getByTestId('calibration-mass').fill('7,9');
  await page.getByTestId('calibration-run').click();
  const eta = await numberIn(page.getByTestId('calibration-efficiency'));
  expect(eta).toBeGreaterThan(0.93);
  expect(eta).toBeLessThan(0.97);
  await page.getByTestId('calibration-apply').click();
  await expect(page.getByText('Efisiensi ini dipakai untuk larutan').first()).toBeVisible();

  // Costing and a price sheet.
  await page.getByTestId('costing-run').click();
  await expect(page.getByTestId('costing-result')).toBeVisible();
  await expect(page.getByTestId('costing-cost')).toContainText('Rp');
  await expect(page.getByTestId('cost-breakdown')).toContainText('Tembaga');
  await page.getByTestId('sheet-open').click();
  await page.getByTestId('sheet-name').fill('Liontin daun jati');
  await page.getByTestId('sheet-save').click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await page.getByTestId('status-done').click();
  await expect(page.getByTestId('batch-status')).toHaveText('Selesai');
  await noNonsense(page);
  await noSidewaysScroll(page);

  await page.goto('/plating/price-sheets');
  await expect(page.getByTestId('price-sheet')).toContainText('Liontin daun jati');
  await page.goto('/plating/stats');
  await expect(page.getByTestId('yield-charts')).toContainText('50%', { timeout: 60_000 });
  await page.goto('/plating/baths');
  await page.getByTestId('bath-card').first().click();
  const efficiency = await numberIn(page.getByTestId('bath-efficiency'));
  expect(efficiency).toBeCloseTo(eta, 2);
  await noSidewaysScroll(page);
});
