import ExcelJS from 'exceljs';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatNumber } from '#core/format';
import { officeDate } from '#core/time';
import { supportBody } from '#server/features/needs/test-helpers';
import { ARJOSARI, BLIMBING, createVia, KLOJEN, LOWOKWARU } from '#server/features/registry/test-helpers';
import { type Client, createTestApp, type TestApp } from '#server/test/app';
import { setupAdmin, userClient } from '#server/test/factories';

/*
 * Support figures by kecamatan: an intervention that reached businesses in several kecamatan
 * counts, within an area, with the businesses it reached there and their share of its value;
 * over all kecamatan (or several of an officer's) it counts once with its whole value. The
 * summary, the XLSX and the PDF agree.
 */

let t: TestApp;
let admin: Client;
let officer: Client;
const today = officeDate();
const year = today.slice(0, 4);
const period = `from=${year}-01-01&to=${today}`;

type Delivered = { type: string; count: number; businesses: number; valueIdr: number };

beforeAll(async () => {
  t = await createTestApp();
  admin = await setupAdmin(t.app);
  officer = (await userClient(t.app, t.database, { role: 'officer', kecamatanCodes: [LOWOKWARU, BLIMBING] }))
    .client;
});
afterAll(() => t.close());

const exhibition = async (client: Client, query = '') => {
  const res = await client.get(`/api/dashboard/summary?${period}${query}`);
  expect(res.statusCode, res.body).toBe(200);
  const row = res.json().support.delivered.find((d: Delivered) => d.type === 'exhibition');
  return { count: row?.count ?? 0, businesses: row?.businesses ?? 0, valueIdr: row?.valueIdr ?? 0 };
};

describe('support figures by kecamatan', () => {
  it('counts an intervention per kecamatan reached, once over several, with value shares adding up', async () => {
    const l1 = await createVia(admin, { name: 'UD Lowokwaru Satu' });
    const l2 = await createVia(admin, { name: 'UD Lowokwaru Dua' });
    const b1 = await createVia(admin, { name: 'UD Blimbing', districtCode: BLIMBING, villageCode: ARJOSARI });
    const k1 = await createVia(admin, { name: 'UD Klojen', districtCode: KLOJEN, villageCode: undefined });
    // Rp 1,000,000 over three kecamatan, one business each: shares 333,333 + 333,334 + 333,333.
    const one = await admin.post(
      '/api/support',
      supportBody([l1.id, b1.id, k1.id], { type: 'exhibition', date: today, valueIdr: 1_000_000 }),
    );
    expect(one.statusCode, one.body).toBe(201);
    // Rp 900,000 over two Lowokwaru businesses and one in Blimbing: 600,000 + 300,000.
    const two = await admin.post(
      '/api/support',
      supportBody([l1.id, l2.id, b1.id], { type: 'exhibition', date: today, valueIdr: 900_000 }),
    );
    expect(two.statusCode, two.body).toBe(201);

    expect(await exhibition(admin)).toEqual({ count: 2, businesses: 6, valueIdr: 1_900_000 });
    const lowokwaru = await exhibition(admin, `&districtCode=${LOWOKWARU}`);
    const blimbing = await exhibition(admin, `&districtCode=${BLIMBING}`);
    const klojen = await exhibition(admin, `&districtCode=${KLOJEN}`);
    // Shares in kecamatan order (Blimbing 35.73.01, Klojen .02, Lowokwaru .05): the running total
    // rounded, so the first intervention's three shares add up to Rp 1,000,000.
    expect(blimbing).toEqual({ count: 2, businesses: 2, valueIdr: 333_333 + 300_000 });
    expect(klojen).toEqual({ count: 1, businesses: 1, valueIdr: 333_334 });
    expect(lowokwaru).toEqual({ count: 2, businesses: 3, valueIdr: 333_333 + 600_000 });
    // An officer of Lowokwaru and Blimbing: each intervention once, the businesses and value there.
    expect(await exhibition(officer)).toEqual({
      count: 2,
      businesses: 5,
      valueIdr: lowokwaru.valueIdr + blimbing.valueIdr,
    });

    // The officer's XLSX and PDF show the same row.
    const xlsx = await officer.get('/api/dashboard/report.xlsx');
    expect(xlsx.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets.find((w) => w.name.startsWith('Dukungan'));
    const rows = (sheet?.getSheetValues().slice(4).filter(Boolean) ?? []) as unknown as unknown[][];
    const mine = await exhibition(officer);
    expect(rows.find((r) => r[1] === 'Pameran / ekspo')?.slice(2)).toEqual([
      mine.count,
      mine.businesses,
      mine.valueIdr,
    ]);
    const pdf = await officer.get('/api/dashboard/report.pdf');
    expect(pdf.statusCode).toBe(200);
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf.rawPayload)), {
      mergePages: true,
    });
    expect(text).toContain(
      `Pameran / ekspo ${formatNumber(mine.count)} ${formatNumber(mine.businesses)} ${formatNumber(mine.valueIdr)}`,
    );
  });
});
