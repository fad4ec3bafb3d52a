import { readFile } from 'node:fs/promises';
import { type APIRequestContext, expect, type Page, request, test } from '@playwright/test';
import ExcelJS from 'exceljs';

// Same admin as the foundation journey, so both specs can share one server.
const admin = { name: 'Sri Wahyuni', email: 'sri@malangkota.go.id', password: 'kriya-malang-2021' };
const run = Date.now().toString(36);

test.describe.configure({ mode: 'serial' });

/** A signed-in API client (cookie + CSRF header), creating the first admin on a fresh server. */
async function adminApi(baseURL: string): Promise<{ ctx: APIRequestContext; csrf: () => Promise<string> }> {
  const ctx = await request.newContext({ baseURL });
  const status = await (await ctx.get('/api/auth/setup')).json();
  const res = status.setupRequired
    ? await ctx.post('/api/auth/setup', { data: admin })
    : await ctx.post('/api/auth/login', { data: { email: admin.email, password: admin.password } });
  expect(res.ok(), await res.text()).toBeTruthy();
  const csrf = async () => (await ctx.storageState()).cookies.find((c) => c.name === 'bk_csrf')?.value ?? '';
  return { ctx, csrf };
}

async function signIn(page: Page, email: string, password: string) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByTestId('user-menu')).toBeVisible();
}

/** An office spreadsheet as they come: title rows, synonyms, messy numbers, a bad row, a twin. */
async function messyWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Data IKM');
  ws.addRow(['DATA IKM KOTA MALANG TAHUN 2021']);
  ws.addRow(['Sumber: Bidang Perindustrian']);
  ws.addRow([]);
  ws.addRow([
    'No',
    'Nama IKM',
    'Nama Pemilik',
    'NIK',
    'Alamat',
    'Kecamatan',
    'Kelurahan',
    'No. HP',
    'Omzet/bulan',
    'Produk',
    'Warna Favorit',
  ]);
  const rows = [
    [
      1,
      `Kerajinan Tembaga Sumber Rejeki ${run}`,
      'Budi Santoso',
      '3573051203850001',
      'Jl. Candi Panggung 12 ',
      'Kec. Lowokwaru',
      'Tlogomas',
      '0812-3456-7890',
      '5 jt',
      'electroforming tembaga',
      'merah',
    ],
    [
      2,
      `Anyaman Bambu Lestari ${run}`,
      'Siti Aminah',
      '3573054506900002',
      'Jl. Tunggulwulung 3',
      'LOWOKWARU',
      'tunggulwulung',
      '+62 813 1111 2222',
      'Rp 2.500.000',
      'anyaman bambu',
      'hijau',
    ],
    [
      3,
      `Batik Tulis Ayu ${run}`,
      'Ayu Lestari',
      '3573',
      'Jl. Entah 1',
      'Kec. Atlantis',
      'Laut',
      '0812',
      'lima juta',
      'batik',
      '',
    ],
    [
      4,
      `Kerajinan Tembaga Sumber Rejeki ${run}`,
      'Budi Santoso',
      '3573051203850001',
      'Jl. Candi Panggung 12',
      'Lowokwaru',
      'Tlogomas',
      '081234567890',
      '5.000.000,-',
      'electroforming tembaga',
      'merah',
    ],
  ];
  for (const r of rows) ws.addRow(r);
  ws.mergeCells('A1:K1');
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test('admin imports a messy spreadsheet, searches, opens a profile and adds a business', {
  tag: '@desktop',
}, async ({ page, baseURL }) => {
  // Import, list, profile and form in one journey: longer than the default minute.
  test.setTimeout(180_000);
  await adminApi(baseURL!);
  await signIn(page, admin.email, admin.password);

  // Import: upload → preview with the bad row's reason → confirm → result → rejects download.
  await page.getByRole('link', { name: 'Impor data IKM' }).first().click();
  await page
    .getByTestId('import-dropzone')
    .locator('input[type=file]')
    .setInputFiles({
      name: 'data-ikm-2021.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await messyWorkbook(),
    });
  await page.getByTestId('import-check').click();
  const preview = page.getByTestId('import-preview');
  await expect(preview).toBeVisible({ timeout: 30_000 });
  await expect(preview.getByTestId('count-total')).toContainText('4');
  await expect(preview.getByTestId('count-rejected')).toContainText('1');
  await expect(preview.getByTestId('count-duplicates')).toContainText('1');
  await expect(preview.getByTestId('import-issues')).toContainText('Atlantis');
  await expect(preview).toContainText('Warna Favorit');
  await page.getByTestId('import-confirm').click();
  const result = page.getByTestId('import-result');
  await expect(result).toBeVisible({ timeout: 60_000 });
  await expect(result.getByTestId('count-created')).toContainText('2');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('download-rejects').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const rejects = new ExcelJS.Workbook();
  const bytes = await readFile((await download.path())!);
  await rejects.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  const text = JSON.stringify(rejects.worksheets.map((ws) => ws.getSheetValues()));
  expect(text).toContain(`Batik Tulis Ayu ${run}`);
  expect(text).not.toContain('3573051203850001');

  // List: search as you type, then filter by kecamatan.
  await result.getByRole('link', { name: 'Lihat daftar IKM' }).click();
  await page.getByTestId('business-search').fill(`tembaga ${run}`);
  await expect(page.getByTestId('business-table')).toContainText(`Kerajinan Tembaga Sumber Rejeki ${run}`);
  await expect(page.getByTestId('business-table')).not.toContainText(`Anyaman Bambu Lestari ${run}`);
  await page.getByTestId('business-search').fill(run);
  await page.getByTestId('filter-subsector').click();
  await page.getByRole('option', { name: 'Anyaman' }).click();
  await expect(page.getByTestId('business-table')).toContainText(`Anyaman Bambu Lestari ${run}`);
  await expect(page.getByTestId('business-table')).not.toContainText(
    `Kerajinan Tembaga Sumber Rejeki ${run}`,
  );
  await page.getByRole('button', { name: /Hapus filter/ }).click();
  await page.getByTestId('filter-kecamatan').click();
  await page.getByRole('option', { name: 'Lowokwaru' }).click();
  await expect(page.getByTestId('result-count')).toContainText('2 IKM');
  // The filtered list as XLSX: both businesses, and never a NIK.
  const [exported] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-xlsx').click(),
  ]);
  expect(exported.suggestedFilename()).toMatch(/\.xlsx$/);
  const sheet = new ExcelJS.Workbook();
  const exportedBytes = await readFile((await exported.path())!);
  await sheet.xlsx.load(
    exportedBytes.buffer.slice(
      exportedBytes.byteOffset,
      exportedBytes.byteOffset + exportedBytes.byteLength,
    ) as ArrayBuffer,
  );
  const exportedText = JSON.stringify(sheet.worksheets.map((ws) => ws.getSheetValues()));
  expect(exportedText).toContain(`Anyaman Bambu Lestari ${run}`);
  expect(exportedText).not.toContain('3573051203850001');

  // Profile: the owner's NIK is masked; an admin may reveal it after confirming.
  await page.getByRole('link', { name: `Kerajinan Tembaga Sumber Rejeki ${run}` }).click();
  await expect(page.getByRole('heading', { name: `Kerajinan Tembaga Sumber Rejeki ${run}` })).toBeVisible();
  const nik = page.getByTestId('nik-value').first();
  await expect(nik).toHaveText('3573••••••••0001');
  await page.getByTestId('reveal-nik').first().click();
  await page.getByRole('dialog').getByRole('button', { name: 'Tampilkan' }).click();
  await expect(nik).toHaveText('3573051203850001');
  await page.getByTestId('reveal-nik').first().click();
  await expect(nik).toHaveText('3573••••••••0001');
  await page.getByRole('tab', { name: 'Riwayat' }).click();
  await expect(page.getByTestId('history')).toBeVisible();

  // Create: the duplicate warning appears while typing a known name, with its reason.
  await page.goto('/registry/new');
  await page.getByTestId('field-name').fill(`Kerajinan Tembaga Sumber Rejeki ${run}`);
  const hints = page.getByTestId('duplicate-hints');
  await expect(hints).toBeVisible();
  await expect(hints).toContainText(/Nama mirip/);
  await page.getByTestId('field-name').fill(`Ukiran Kayu Jati Makmur ${run}`);
  await page.getByTestId('field-kecamatan').click();
  await page.getByRole('option', { name: 'Klojen' }).click();
  await page.getByTestId('field-owner-name').fill('Ratna Dewi');
  await page.getByTestId('field-nik').fill('3573026512920003');
  await expect(page.getByTestId('nik-meaning')).toContainText('Perempuan, lahir 25 Des 1992');
  await page.getByTestId('field-phone').fill('0812 9999 8888');
  await page.getByTestId('field-phone').blur();
  await expect(page.getByTestId('field-phone')).toHaveValue('+6281299998888');
  await page.getByTestId('field-turnover').fill('5 jt');
  await expect(page.getByText('Dibaca: Rp 5.000.000')).toBeVisible();
  await page.getByTestId('save-business').click();
  await expect(page.getByText(/setuju datanya dicatat/)).toBeVisible();
  await expect(page.getByTestId('form-failure')).toBeVisible();
  await page.getByTestId('field-consent').check();
  await page.getByTestId('save-business').click();
  await expect(page.getByRole('heading', { name: `Ukiran Kayu Jati Makmur ${run}` })).toBeVisible();
  await expect(page.getByTestId('nik-value').first()).toHaveText('3573••••••••0003');
});

test('an officer on a 360 px phone sees only the businesses of their kecamatan', { tag: '@phone' }, async ({
  page,
  baseURL,
}) => {
  const { ctx, csrf } = await adminApi(baseURL!);
  const headers = { 'x-csrf-token': await csrf() };
  const officer = { email: `petugas-${run}@malangkota.go.id`, password: 'petugas-lowokwaru-1' };
  const created = await ctx.post('/api/users', {
    headers,
    data: { name: 'Dewi Petugas', role: 'officer', kecamatanCodes: ['35.73.05'], locale: 'id', ...officer },
  });
  expect(created.ok(), await created.text()).toBeTruthy();
  const add = async (name: string, districtCode: string) => {
    const res = await ctx.post('/api/businesses', {
      headers,
      data: { name, districtCode, subsector: 'kayu' },
    });
    expect(res.ok(), await res.text()).toBeTruthy();
    return (await res.json()).id as string;
  };
  await add(`Ukir Lowokwaru ${run}`, '35.73.05');
  const outside = await add(`Ukir Sukun ${run}`, '35.73.04');

  await signIn(page, officer.email, officer.password);
  await page.goto('/registry');
  await expect(page.getByRole('heading', { name: 'Daftar IKM' })).toBeVisible();
  await expect(page.getByText('IKM di kecamatan tugas Anda: Lowokwaru.')).toBeVisible();
  await page.getByTestId('business-search').fill(`Ukir ${run}`);
  const cards = page.getByTestId('business-cards');
  await expect(cards).toContainText(`Ukir Lowokwaru ${run}`);
  await expect(cards).not.toContainText(`Ukir Sukun ${run}`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);

  // The filter offers only their own kecamatan.
  await page.getByRole('button', { name: /Filter/ }).click();
  await page.getByTestId('filter-kecamatan').click();
  await expect(page.getByRole('option')).toHaveCount(1);
  await expect(page.getByRole('option', { name: 'Lowokwaru' })).toBeVisible();
  await page.keyboard.press('Escape');

  // A record outside their kecamatan is refused even by direct address.
  await page.goto(`/registry/${outside}`);
  // The refusal says what happened and what to do; no "try again" on a refusal.
  await expect(
    page.getByText(/Data ini tidak dapat dibuka|Akun Anda tidak memiliki akses ke sini/),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Coba lagi' })).toHaveCount(0);
  await expect(page.getByText(`Ukir Sukun ${run}`)).toHaveCount(0);
});
