import { type APIRequestContext, expect as baseExpect, type Page, request, test } from '@playwright/test';
import ExcelJS from 'exceljs';

/*
 * Issue 10, as it will be judged: the first hour of a new office worker, replayed at 1366 px
 * (desktop project) and 360 px (phone project) on a spreadsheet the project has never seen —
 * unusual headers, one total workers column, phones, products, subsector words, kecamatan names
 * in a column and some bad rows. Every screen visited is checked for zod's own wording, raw
 * floats and disabled actions that do not say why.
 *
 * Named to sort after foundation.spec.ts, which expects a fresh setup page on the desktop pass.
 */

// Same first admin as the other journeys: whichever runs first does the setup.
const admin = { name: 'Sri Wahyuni', email: 'sri@malangkota.go.id', password: 'kriya-malang-2021' };

// Pages are lazy chunks and the machine is busy: be patient.
const expect = baseExpect.configure({ timeout: 60_000 });

test.describe.configure({ mode: 'serial' });

/** zod's own phrasing (English and its Indonesian locale), never meant for a reader. */
const ZOD_WORDING =
  /Invalid input|Invalid (string|number|enum|email|uuid)|expected (string|number|boolean|array|object)|received (undefined|null|string|number|nan)|diharapkan|diterima (undefined|null)|Input tidak valid|Too (small|big)|invalid_type|\bRequired\b|String must contain|Number must be/;
/** A float as JavaScript prints it (131.35037393417429) or with a decimal comma and as many digits. */
const RAW_FLOAT = /\d[.,]\d{5,}|\d\.\d{4}(?![\d.])/;

type Seen = { screens: string[] };

/** The screen's text: no zod wording, no raw float, no NaN/undefined, no disabled action without a reason. */
async function checkScreen(page: Page, seen: Seen, name: string) {
  seen.screens.push(name);
  // What is rendered for the reader (not hidden templates): innerText, on purpose.
  // biome-ignore lint/performance/useDomNodeTextContent: the visible text is what is judged.
  const text = await page.locator('body').innerText();
  const zod = ZOD_WORDING.exec(text);
  expect(
    zod,
    `zod wording on ${name}: …${zod ? text.slice(Math.max(0, zod.index - 60), zod.index + 80) : ''}…`,
  ).toBeNull();
  const float = RAW_FLOAT.exec(text);
  expect(
    float,
    `raw float on ${name}: …${float ? text.slice(Math.max(0, float.index - 60), float.index + 40) : ''}…`,
  ).toBeNull();
  expect(text, `nonsense on ${name}`).not.toMatch(/\bNaN\b|\bInfinity\b|\bundefined\b|\{\{/);
  const unexplained = await page.evaluate(() => {
    const visible = (el: Element) => {
      const r = (el as HTMLElement).getBoundingClientRect();
      const s = getComputedStyle(el);
      return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none';
    };
    const out: string[] = [];
    for (const b of document.querySelectorAll('main button:disabled, main button[data-disabled="true"]')) {
      if (!visible(b)) continue;
      // Mantine's own controls (pagination ends, a number input's chevrons) are left out.
      if (b.closest('.mantine-Pagination-root, [data-pager]')) continue;
      // A button showing its spinner is busy, and shows it: that is its reason.
      if (b.hasAttribute('data-loading')) continue;
      const ids = (b.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
      const explained = ids.some((id) => {
        const el = document.getElementById(id);
        return el !== null && visible(el) && (el.textContent ?? '').trim().length > 0;
      });
      if (!explained) out.push((b.textContent ?? b.getAttribute('aria-label') ?? '?').trim());
    }
    return out;
  });
  expect(unexplained, `disabled without a visible reason on ${name}`).toEqual([]);
}

async function signIn(page: Page) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(admin.email);
  await page.getByLabel('Kata sandi').fill(admin.password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByTestId('user-menu')).toBeVisible({ timeout: 90_000 });
  // The journey reads Indonesian; an earlier journey may have left this account in English.
  await page.getByTestId('language-switch').getByText('ID').click();
  await expect(page.getByTestId('user-menu')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
}

async function ensureAdmin(baseURL: string): Promise<APIRequestContext> {
  const ctx = await request.newContext({ baseURL });
  const status = await (await ctx.get('/api/auth/setup')).json();
  const res = status.setupRequired
    ? await ctx.post('/api/auth/setup', { data: { ...admin, locale: 'id' } })
    : await ctx.post('/api/auth/login', { data: { email: admin.email, password: admin.password } });
  expect(res.ok(), await res.text()).toBeTruthy();
  return ctx;
}

/** Eight digits of its own for this run, so a phone number finds this run's business only. */
const digits8 = () => String(Math.floor(10_000_000 + Math.random() * 89_999_999));

type Journey = {
  run: string;
  phone: string;
  names: { anyaman: string; gerabah: string; topeng: string; kulit: string };
};

/**
 * A kecamatan office's own recap: a cover title, a header the project does not know for the
 * products ("Barang yang Dibuat"), one workers column ("Jml Tenaga Kerja"), phones written three
 * ways, a kecamatan column and two bad rows (an unknown kecamatan, no name at all).
 */
async function officeWorkbook(j: Journey): Promise<{ buffer: Buffer; dataRows: number }> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Rekap Pengrajin');
  ws.addRow(['REKAP PENGRAJIN BINAAN KECAMATAN — TRIWULAN III']);
  ws.addRow(['Dinas Koperasi, Perindustrian dan Perdagangan']);
  ws.addRow([]);
  ws.addRow([
    'No.',
    'Nama Usaha',
    'Pemilik',
    'Jenis Kerajinan',
    'Barang yang Dibuat',
    'Kec.',
    'Kelurahan',
    'No. WA',
    'Jml Tenaga Kerja',
    'Omzet Rata2 per Bulan',
  ]);
  const p = j.phone;
  const rows = [
    [
      1,
      j.names.anyaman,
      'Sumarni',
      'Anyaman',
      'tikar pandan, tas',
      'Kedungkandang',
      'Buring',
      `0812-${p.slice(0, 4)}-${p.slice(4)}`,
      7,
      '3,5 jt',
    ],
    [
      2,
      j.names.gerabah,
      'Darmo',
      'Keramik',
      'kendil, cobek',
      'Kec. Klojen',
      'Kauman',
      '+62 813 2233 4455',
      '12 orang',
      'Rp 4.000.000',
    ],
    [
      3,
      j.names.topeng,
      'Tjondro',
      'Kayu',
      'topeng malangan',
      'KEDUNGKANDANG',
      'Cemorokandang',
      '0341 755123',
      '± 9',
      '12.500.000',
    ],
    [
      4,
      j.names.kulit,
      'Wulan',
      'Kulit',
      'dompet, ikat pinggang',
      'Lowokwaru',
      'Tunjungsekar',
      '081299990000',
      4,
      '2 jt',
    ],
    [5, `Bordir Atlantis ${j.run}`, 'Sari', 'Batik', 'bordir', 'Kec. Atlantis', 'Laut', '0812', 3, '1 jt'],
    [6, '', 'Tanpa Nama', 'Kayu', 'kursi', 'Klojen', 'Oro-oro Dowo', '', 2, ''],
  ];
  for (const r of rows) ws.addRow(r);
  ws.mergeCells('A1:J1');
  return { buffer: Buffer.from(await wb.xlsx.writeBuffer()), dataRows: rows.length };
}

/** The list's results: a table at 1366 px, cards at 360 px. */
const results = (page: Page) => page.getByTestId(/^business-(table|cards)$/);

async function search(page: Page, words: string) {
  await page.getByTestId('business-search').fill(words);
}

let journey: Journey;
const seen: Seen = { screens: [] };

test.beforeAll(async ({ baseURL }, info) => {
  const run = `${info.project.name}${Date.now().toString(36)}`;
  journey = {
    run,
    phone: digits8(),
    names: {
      anyaman: `Sekar Pandan ${run}`,
      gerabah: `Gerabah Kendil Mbah Darmo ${run}`,
      topeng: `Sanggar Tjondro ${run}`,
      kulit: `Wulan Craft ${run}`,
    },
  };
  const ctx = await ensureAdmin(baseURL!);
  await ctx.dispose();
});

test.beforeEach(async ({ page }, info) => {
  // The desktop project is 1280 px wide by default; the issue was found at 1366 px.
  if (info.project.name === 'desktop') await page.setViewportSize({ width: 1366, height: 768 });
});

test('an office sheet the project has never seen is imported whole, workers totals and all', async ({
  page,
}) => {
  test.setTimeout(480_000);
  const j = journey;
  await signIn(page);
  await checkScreen(page, seen, 'home');
  await page.goto('/import');
  await expect(page.getByTestId('import-dropzone')).toBeVisible();
  // Nothing chosen yet: the check is disabled and says why.
  await expect(page.getByTestId('import-check')).toBeDisabled();
  await checkScreen(page, seen, 'import: upload');

  // A file the importer cannot read gets a message, not silence.
  await page
    .getByTestId('import-dropzone')
    .locator('input[type=file]')
    .setInputFiles({ name: 'catatan.txt', mimeType: 'text/plain', buffer: Buffer.from('bukan tabel') });
  await expect(page.getByTestId('import-refused')).toBeVisible();

  const { buffer, dataRows } = await officeWorkbook(j);
  await page.getByTestId('import-dropzone').locator('input[type=file]').setInputFiles({
    name: 'rekap-pengrajin-tw3.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer,
  });
  await page.getByTestId('import-check').click();
  const preview = page.getByTestId('import-preview');
  await expect(preview).toBeVisible({ timeout: 60_000 });

  // The mapping step: "Barang yang Dibuat" is not a header the importer knows; the person says
  // it holds the products and checks again.
  const columns = page.getByTestId('import-columns');
  await expect(columns).toBeVisible();
  const productColumn = columns.getByTestId('import-column-E');
  await expect(productColumn).toContainText('Barang yang Dibuat');
  // "Jml Tenaga Kerja" is read as the workers total, not left out.
  await expect(columns.getByTestId('import-column-I')).toContainText('Jml Tenaga Kerja');
  await expect(columns.getByTestId('import-column-choice-I')).toHaveValue(
    /Jumlah tenaga kerja|Tenaga kerja/i,
  );
  await checkScreen(page, seen, 'import: check with unread column');
  await columns.getByTestId('import-column-choice-E').click();
  await page
    .getByRole('option', { name: /^Produk/ })
    .first()
    .click();
  await columns.getByTestId('import-columns-apply').click();
  await expect(columns.getByTestId('import-column-choice-E')).toHaveValue(/^Produk/, { timeout: 60_000 });
  // The check runs again with that choice; importing waits for it (and says why meanwhile).
  await expect(page.getByTestId('import-confirm')).toBeEnabled({ timeout: 60_000 });

  // Every data row is counted: none silently dropped.
  await expect(preview.getByTestId('count-total')).toContainText(String(dataRows));
  await expect(preview.getByTestId('count-rejected')).toContainText('2');
  await expect(preview.getByTestId('import-issues')).toContainText('Atlantis');
  await checkScreen(page, seen, 'import: check after mapping');
  await page.getByTestId('import-confirm').click();
  const result = page.getByTestId('import-result');
  await expect(result).toBeVisible({ timeout: 90_000 });
  const created = Number(
    ((await result.getByTestId('count-created').textContent()) ?? '').replace(/\D/g, ''),
  );
  const rejected = Number(
    ((await result.getByTestId('count-rejected').textContent()) ?? '').replace(/\D/g, ''),
  );
  expect(created).toBe(4);
  expect(created + rejected).toBe(dataRows);
  await checkScreen(page, seen, 'import: result');

  // The workers total from the single column is on the business page.
  await page.goto('/registry');
  await search(page, j.names.anyaman);
  await results(page).getByRole('link', { name: j.names.anyaman }).click();
  await expect(page.getByRole('heading', { name: j.names.anyaman })).toBeVisible();
  await checkScreen(page, seen, 'business: profile');
  await page.getByRole('tab', { name: 'Data tahunan' }).click();
  const snapshots = page.getByTestId('snapshot-table');
  await expect(snapshots).toBeVisible();
  await expect(snapshots).toContainText('7');
  // 3,5 jt a month is Rp 42.000.000 a year.
  await expect(snapshots).toContainText('Rp 42.000.000');
  await checkScreen(page, seen, 'business: yearly figures');
  await page.getByRole('tab', { name: 'Profil' }).click();
  await expect(page.getByTestId('business-products')).toContainText('tikar pandan');
});

test('search finds what an office worker types: subsector, kecamatan, phone, product', async ({ page }) => {
  test.setTimeout(300_000);
  const j = journey;
  await signIn(page);
  await page.goto('/registry');
  // A subsector word (not in the name): only the weaver of this run.
  await search(page, `anyaman ${j.run}`);
  await expect(results(page)).toContainText(j.names.anyaman);
  await expect(results(page)).not.toContainText(j.names.gerabah);
  await checkScreen(page, seen, 'registry: subsector search');
  // A kecamatan name: both Kedungkandang businesses, not the Klojen one.
  await search(page, `kedungkandang ${j.run}`);
  await expect(results(page)).toContainText(j.names.topeng);
  await expect(results(page)).toContainText(j.names.anyaman);
  await expect(results(page)).not.toContainText(j.names.gerabah);
  // A phone number as people type it, 0812 and all.
  await search(page, `0812 ${j.phone.slice(0, 4)} ${j.phone.slice(4)}`);
  await expect(results(page)).toContainText(j.names.anyaman);
  await expect(page.getByTestId('result-count')).toContainText('1 IKM');
  // A product word.
  await search(page, `kendil ${j.run}`);
  await expect(results(page)).toContainText(j.names.gerabah);
  await expect(results(page)).not.toContainText(j.names.anyaman);
  await search(page, `dompet ${j.run}`);
  await expect(results(page)).toContainText(j.names.kulit);
  await checkScreen(page, seen, 'registry: product search');
});

test('empty and wrong forms say what each field needs, in words', async ({ page }) => {
  test.setTimeout(420_000);
  const j = journey;
  // Sign-in sent empty.
  await page.goto('/login');
  await page.getByRole('button', { name: 'Masuk' }).click();
  await checkScreen(page, seen, 'sign-in: empty');
  await signIn(page);

  // Add user: empty, then a wrong e-mail.
  await page.goto('/users');
  await page.getByRole('button', { name: 'Tambah pengguna' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(dialog.getByText(/Nama wajib diisi/)).toBeVisible();
  await expect(dialog.getByText(/Email wajib diisi/)).toBeVisible();
  await checkScreen(page, seen, 'users: add, empty');
  await dialog.getByLabel('Nama').fill('Petugas Baru');
  await dialog.getByLabel('Email').fill('bukan-email');
  await dialog.getByLabel(/^Kata sandi/).fill('123');
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(dialog.getByText(/Email/).first()).toBeVisible();
  await checkScreen(page, seen, 'users: add, wrong');
  await page.keyboard.press('Escape');

  // Own profile: the password change sent empty.
  await page.goto('/profile');
  await page.getByRole('button', { name: 'Ganti kata sandi' }).click();
  await checkScreen(page, seen, 'profile: password, empty');

  // The business form: empty, then wrong numbers; the workers total is shown and sent.
  await page.goto('/registry/new');
  await page.getByTestId('save-business').click();
  await expect(page.getByTestId('form-failure')).toBeVisible();
  await expect(page.getByText(/Kode kecamatan harus seperti/)).toHaveCount(0);
  await checkScreen(page, seen, 'business form: empty');
  await page.getByTestId('field-name').fill(`Ukir Jati Sejahtera ${j.run}`);
  await page.getByTestId('field-kecamatan').click();
  await page.getByRole('option', { name: 'Sukun' }).click();
  await page.getByTestId('field-workers-male').fill('3');
  await page.getByTestId('field-workers-female').fill('dua');
  await expect(page.getByText(/Tidak terbaca sebagai angka/).first()).toBeVisible();
  await page.getByTestId('field-workers-female').fill('2');
  await expect(page.getByText('L + P = 5', { exact: false })).toBeVisible();
  await checkScreen(page, seen, 'business form: workers');
  await page.getByTestId('save-business').click();
  await expect(page.getByRole('heading', { name: `Ukir Jati Sejahtera ${j.run}` })).toBeVisible();
  await page.getByRole('tab', { name: 'Data tahunan' }).click();
  await expect(page.getByTestId('snapshot-table')).toContainText('5');

  // The yearly figures form: a total that is not L + P is refused by name.
  await page.getByRole('button', { name: 'Tambah data tahunan' }).click();
  const figures = page.getByRole('dialog');
  await figures.getByLabel('Tahun data').click();
  await page.getByRole('option', { name: String(new Date().getFullYear() - 1) }).click();
  await figures.getByLabel(/laki/i).fill('3');
  await figures.getByLabel(/perempuan/i).fill('2');
  await figures.getByTestId('field-workers-total').fill('9');
  await figures.getByRole('button', { name: 'Simpan' }).click();
  await expect(
    figures.getByText('Jumlah tenaga kerja harus sama dengan laki-laki + perempuan.'),
  ).toBeVisible();
  await checkScreen(page, seen, 'business: yearly figures form, wrong total');
  await page.keyboard.press('Escape');
});

test('the workbench calculators read what a maker types and never show a raw float', async ({ page }) => {
  test.setTimeout(420_000);
  await signIn(page);
  for (const tool of ['time', 'current', 'thickness', 'energy', 'bath', 'price']) {
    await page.goto(`/electroforming/${tool}`);
    const inputs = page.getByRole('main').locator('input[type=text]:visible, input:not([type]):visible');
    await expect(inputs.first()).toBeVisible();
    await checkScreen(page, seen, `workbench ${tool}: defaults`);
    // Realistic but awkward values: decimal commas and thousands, then things that are not numbers.
    const count = Math.min(await inputs.count(), 6);
    const typed = ['1,37', '13,231', '20rb', '0,95', '7', '250'];
    for (let i = 0; i < count; i += 1) {
      if (!(await inputs.nth(i).isEditable())) continue;
      await inputs.nth(i).fill(typed[i % typed.length]);
    }
    await checkScreen(page, seen, `workbench ${tool}: realistic`);
    for (let i = 0; i < count; i += 1) {
      if (!(await inputs.nth(i).isEditable())) continue;
      await inputs.nth(i).fill(i % 2 === 0 ? '-5' : 'abc');
    }
    await checkScreen(page, seen, `workbench ${tool}: wrong`);
    for (let i = 0; i < count; i += 1) {
      if (!(await inputs.nth(i).isEditable())) continue;
      await inputs.nth(i).fill('');
    }
    await checkScreen(page, seen, `workbench ${tool}: empty`);
  }
});

test('the main script is served compressed and the first load is within budget', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(180_000);
  await page.goto('/login');
  const html = await (await page.request.get('/login')).text();
  const main = /<script[^>]+type="module"[^>]+src="([^"]+\.js)"/.exec(html)?.[1];
  expect(main, 'the entry script in index.html').toBeTruthy();
  // Asked for brotli, the server answers brotli (built at build time), cached for good.
  const br = await fetch(new URL(main!, baseURL), { headers: { 'accept-encoding': 'br' } });
  expect(br.headers.get('content-encoding')).toBe('br');
  expect(br.headers.get('cache-control') ?? '').toMatch(/immutable/);
  const gz = await fetch(new URL(main!, baseURL), { headers: { 'accept-encoding': 'gzip' } });
  expect(gz.headers.get('content-encoding')).toBe('gzip');

  // What a first visit to the sign-in page downloads, as the browser counts it.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.clearBrowserCache');
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => {
    bytes += e.encodedDataLength;
  });
  await page.goto('/login', { waitUntil: 'networkidle' });
  await expect(page.getByRole('button', { name: 'Masuk' })).toBeVisible();
  console.log(
    `first load of /login: ${(bytes / 1024).toFixed(1)} KB over the wire; screens checked: ${seen.screens.length}`,
  );
  // Issue 10's budget: 250 KB per entry page. `npm run size` checks the files before the first
  // paint on the build (/login 224 KB gzip); Chromium counts all that arrives until the network
  // is idle, headers and the chunks fetched after the first paint included: 235 KB on 2026-12-04
  // (302 KB before the outbox and its senders left the signed-out pages).
  expect(bytes).toBeLessThan(250 * 1024);
});
