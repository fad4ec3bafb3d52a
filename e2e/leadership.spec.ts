import { expect, request, test } from '@playwright/test';
import ExcelJS from 'exceljs';

// Same admin as the foundation journey, so the specs share one server.
const admin = { name: 'Sri Wahyuni', email: 'sri@malangkota.go.id', password: 'kriya-malang-2021' };
const run = Date.now().toString(36);

test('the head of office finds a need on the home dashboard, drills to the business and downloads the reports', {
  tag: '@desktop',
}, async ({ page, baseURL }) => {
  // A business with an open need, recorded through the API as an officer's form would.
  const ctx = await request.newContext({ baseURL });
  const status = await (await ctx.get('/api/auth/setup')).json();
  const login = status.setupRequired
    ? await ctx.post('/api/auth/setup', { data: admin })
    : await ctx.post('/api/auth/login', { data: { email: admin.email, password: admin.password } });
  expect(login.ok(), await login.text()).toBeTruthy();
  const csrf = (await ctx.storageState()).cookies.find((c) => c.name === 'bk_csrf')?.value ?? '';
  const headers = { 'x-csrf-token': csrf };
  const name = `Kriya Daun Tembaga ${run}`;
  const created = await ctx.post('/api/businesses', {
    headers,
    data: { name, districtCode: '35.73.02', subsector: 'logam' },
  });
  expect(created.status(), await created.text()).toBe(201);
  const business = await created.json();
  const need = await ctx.post('/api/needs', {
    headers,
    data: { businessId: business.id, category: 'packaging', priority: 'high', description: 'Kemasan ekspor' },
  });
  expect(need.status(), await need.text()).toBe(201);

  await page.goto('/login');
  await page.getByLabel('Email').fill(admin.email);
  await page.getByLabel('Kata sandi').fill(admin.password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  // The first screen after sign-in loads the shell, the dashboard's chunks and five requests:
  // 3.4–5 s in this headless Chromium on an idle 2-core machine, so the default 5 s is too tight.
  await expect(page.getByRole('heading', { name: 'Kebutuhan per kecamatan dan kategori' })).toBeVisible({
    timeout: 20_000,
  });

  // The Klojen × packaging cell counts the need; clicking it lists the business.
  const cell = page.getByRole('button', { name: /^Klojen, Kemasan: \d+$/ });
  await expect(cell).toBeVisible();
  await cell.click();
  await expect(page.getByRole('link', { name })).toBeVisible();

  // The reports behind the same figures: a real PDF and a workbook that opens.
  const pdf = await page.request.get('/api/dashboard/report.pdf');
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toContain('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
  const xlsx = await page.request.get('/api/dashboard/report.xlsx');
  expect(xlsx.status()).toBe(200);
  const book = new ExcelJS.Workbook();
  const bytes = await xlsx.body();
  await book.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  expect(book.worksheets.length).toBeGreaterThan(1);
});
