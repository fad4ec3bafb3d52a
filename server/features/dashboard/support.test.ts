import ExcelJS from 'exceljs';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatNumber } from '#core/format';
import { officeDate } from '#core/time';
import { postVisit, producingAnswers, visitBody } from '#server/features/monitoring/test-helpers';
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
  }, 120_000);

  // The rule: service/summary.ts, README "Endpoints".
  it('takes outcomes before/after within the chosen period', async () => {
    const CHANNELS = ['local_shop', 'social_media', 'marketplace', 'exhibition', 'reseller'];
    const visit = async (
      businessId: string,
      day: string,
      turnover: number,
      workers: number,
      channels: number,
    ) => {
      const res = await postVisit(
        officer,
        visitBody(businessId, {
          visitedAt: `${day}T03:00:00.000Z`,
          answers: producingAnswers({
            turnoverLastMonth: turnover,
            workers,
            salesChannels: CHANNELS.slice(0, channels),
            observedNeeds: [],
          }),
        }),
      );
      expect(res.statusCode, res.body).toBe(201);
    };
    const support = async (businessId: string, date: string) => {
      const res = await admin.post('/api/support', supportBody([businessId], { date, valueIdr: 5_000_000 }));
      expect(res.statusCode, res.body).toBe(201);
    };
    const district = '&districtCode=35.73.05';
    // A: supported in Q2 (1 May); visits before, in the quarter after the support, and after it.
    const a = await createVia(admin, { name: 'UD Hasil A' });
    await visit(a.id, '2025-01-10', 1_000_000, 2, 1);
    await visit(a.id, '2025-04-20', 2_000_000, 3, 2);
    await support(a.id, '2025-05-01');
    await visit(a.id, '2025-05-20', 3_000_000, 4, 3);
    await visit(a.id, '2025-08-01', 9_000_000, 9, 5);
    // B: not yet supported in Q2 (supported 1 September).
    const b = await createVia(admin, { name: 'UD Hasil B' });
    await visit(b.id, '2025-02-10', 1_000_000, 1, 1);
    await visit(b.id, '2025-05-10', 1_500_000, 2, 1);
    await visit(b.id, '2025-07-10', 5_000_000, 5, 2);
    await support(b.id, '2025-09-01');
    await visit(b.id, '2025-09-15', 6_000_000, 6, 4);
    // C: supported before Q2 only: in neither group of Q2.
    const c = await createVia(admin, { name: 'UD Hasil C' });
    await support(c.id, '2025-01-15');
    await visit(c.id, '2025-01-01', 7_000_000, 7, 1);
    await visit(c.id, '2025-05-05', 8_000_000, 8, 1);
    // D: never supported, first seen in Q2 (no "before" there), seen again in Q3.
    const d = await createVia(admin, { name: 'UD Hasil D' });
    await visit(d.id, '2025-04-05', 400_000, 1, 0);
    await visit(d.id, '2025-06-05', 600_000, 1, 1);
    await visit(d.id, '2025-08-05', 800_000, 2, 1);

    const outcomes = async (query: string) => {
      const res = await admin.get(`/api/dashboard/summary?${query}${district}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json().support.outcomes;
    };
    const row = (businesses: number, t: [number, number], w: [number, number], ch: [number, number]) => ({
      businesses,
      turnoverBefore: t[0],
      turnoverAfter: t[1],
      workersBefore: w[0],
      workersAfter: w[1],
      channelsBefore: ch[0],
      channelsAfter: ch[1],
    });
    expect(await outcomes('quarter=2025-Q2')).toEqual([
      { group: 'supported', ...row(1, [2_000_000, 3_000_000], [3, 4], [2, 3]) },
      { group: 'not_supported', ...row(1, [1_000_000, 1_500_000], [1, 2], [1, 1]) },
    ]);
    expect(await outcomes('quarter=2025-Q3')).toEqual([
      { group: 'supported', ...row(1, [5_000_000, 6_000_000], [5, 6], [2, 4]) },
      { group: 'not_supported', ...row(1, [600_000, 800_000], [1, 2], [1, 1]) },
    ]);
    // The whole year: A and B supported (before = last visit before their first support in it).
    const r1 = (v: number) => Math.round(v * 10) / 10;
    expect(await outcomes('from=2025-01-01&to=2025-12-31')).toEqual([
      {
        group: 'supported',
        ...row(
          3,
          [r1((2_000_000 + 5_000_000 + 7_000_000) / 3), r1((9_000_000 + 6_000_000 + 8_000_000) / 3)],
          [r1((3 + 5 + 7) / 3), r1((9 + 6 + 8) / 3)],
          [r1((2 + 2 + 1) / 3), r1((5 + 4 + 1) / 3)],
        ),
      },
    ]);
  }, 120_000);
});
