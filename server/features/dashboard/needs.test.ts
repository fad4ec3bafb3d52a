import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NEED_CATEGORIES } from '#core/domain/needs';
import { officeDate } from '#core/time';
import { postVisit, producingAnswers, visitBody } from '#server/features/monitoring/test-helpers';
import { BLIMBING, LOWOKWARU } from '#server/features/registry/test-helpers';
import type { Actor } from '#server/lib/context';
import { type Client, createTestApp, type TestApp } from '#server/test/app';
import { setupAdmin, userClient } from '#server/test/factories';
import { matrixFor, scopeOf, seedDemo, summaryFor, targetingFor } from './service';

/*
 * Matrix, targeting and drill-down on a small demo office: every figure against the needs and
 * support rows counted with plain SQL, the rollup against the raw rows, figures moving when a
 * need is met or a new one is observed, and an officer limited to their kecamatan everywhere.
 */

let t: TestApp;
let admin: Client;
let officer: Client;
const today = officeDate();

const rows = async <T>(query: ReturnType<typeof sql>) =>
  ((await t.database.db.execute(query)) as unknown as { rows: T[] }).rows;

const adminActor: Actor = {
  id: 'x',
  email: 'a@b.c',
  name: 'A',
  role: 'admin',
  kecamatanCodes: [],
  locale: 'id',
};
const ctx = () => ({ db: t.database.db, config: t.config, actor: adminActor, ip: null });

beforeAll(async () => {
  t = await createTestApp();
  // The demo certificates are signed with a key kept in DATA_DIR.
  t.config.dataDir = mkdtempSync(path.join(os.tmpdir(), 'bk-dashboard-'));
  admin = await setupAdmin(t.app);
  officer = (await userClient(t.app, t.database, { role: 'officer', kecamatanCodes: [LOWOKWARU] })).client;
  const seeded = await seedDemo(t.database, {
    scale: 'city',
    homeRegionCode: '35.73',
    dataDir: t.config.dataDir,
    until: today,
    sizes: { businesses: 300, visits: 2_500, needs: 900, events: 8 },
  });
  expect(seeded.needs).toBeGreaterThan(300);
});
afterAll(() => t.close());

const get = async (client: Client, url: string) => {
  const res = await client.get(url);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

type Matrix = { categories: string[]; rows: { districtCode: string; counts: Record<string, number> }[] };
const cell = (m: Matrix, district: string, category: string) =>
  m.rows.find((r) => r.districtCode === district)?.counts[category] ?? 0;

describe('needs matrix and targeting', () => {
  it('agrees with the needs counted independently', async () => {
    const m: Matrix = await get(admin, '/api/dashboard/needs-matrix?status=open');
    expect(m.categories).toEqual([...NEED_CATEGORIES]);
    const counted = await rows<{ district_code: string; category: string; n: number }>(sql`
      SELECT b.district_code, n.category, count(*)::int AS n FROM needs n JOIN businesses b ON b.id = n.business_id
       WHERE n.status IN ('identified', 'planned', 'in_progress') AND b.deleted_at IS NULL AND b.merged_into_id IS NULL
       GROUP BY 1, 2`);
    expect(counted.length).toBeGreaterThan(10);
    for (const c of counted)
      expect(cell(m, c.district_code, c.category), `${c.district_code} ${c.category}`).toBe(c.n);
    const total = m.rows.reduce((a, r) => a + Object.values(r.counts).reduce((x, y) => x + y, 0), 0);
    expect(total).toBe(counted.reduce((a, c) => a + c.n, 0));
    const all: Matrix = await get(admin, '/api/dashboard/needs-matrix?status=all');
    const [{ n }] = await rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM needs`);
    expect(all.rows.reduce((a, r) => a + Object.values(r.counts).reduce((x, y) => x + y, 0), 0)).toBe(n);

    const tg = await get(admin, '/api/dashboard/targeting');
    const [unattended] = await rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM needs x
      WHERE x.priority = 'high' AND x.status = 'identified' AND NOT EXISTS (SELECT 1 FROM support_needs s WHERE s.need_id = x.id)`);
    expect(tg.unattendedHigh.total).toBe(unattended.n);
    const [never] = await rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM businesses b
      WHERE b.deleted_at IS NULL AND b.merged_into_id IS NULL AND NOT EXISTS (SELECT 1 FROM support_businesses s WHERE s.business_id = b.id)`);
    expect(tg.neverSupported.total).toBe(never.n);
    // Ranked: the first category overall has the most open needs.
    expect(tg.overall[0].n).toBe(Math.max(...tg.overall.map((o: { n: number }) => o.n)));

    // Every cell drills down to as many businesses as have such a need.
    const top = tg.overall[0].category;
    const drill = await get(
      admin,
      `/api/dashboard/businesses?figure=needs&category=${top}&districtCode=${LOWOKWARU}`,
    );
    const [withNeed] = await rows<{
      n: number;
    }>(sql`SELECT count(DISTINCT n.business_id)::int AS n FROM needs n
      JOIN businesses b ON b.id = n.business_id WHERE b.district_code = ${LOWOKWARU} AND n.category = ${top}
       AND n.status IN ('identified', 'planned', 'in_progress')`);
    expect(drill.total).toBe(withNeed.n);
    const neverList = await get(admin, '/api/dashboard/businesses?figure=never_supported&pageSize=200');
    expect(neverList.total).toBe(never.n);
    expect(JSON.stringify(neverList.items[0])).not.toMatch(/nik|phone|address/i);
  });

  it('gives the same figures from the rollup as from the raw rows', async () => {
    for (const filters of [{}, { from: '2019-01-01', to: today }, { districtCode: BLIMBING }]) {
      const scope = scopeOf(ctx(), filters);
      expect(await summaryFor(ctx(), scope, 'rollup')).toEqual(await summaryFor(ctx(), scope, 'raw'));
      expect(await targetingFor(ctx(), scope, 'rollup')).toEqual(await targetingFor(ctx(), scope, 'raw'));
      expect(await matrixFor(ctx(), scope, 'open', 'rollup')).toEqual(
        await matrixFor(ctx(), scope, 'open', 'raw'),
      );
    }
  });

  it('moves when a need is met and when a visit observes a new one', async () => {
    const [need] = await rows<{
      id: string;
      business_id: string;
      category: string;
      district_code: string;
    }>(sql`
      SELECT n.id, n.business_id, n.category, b.district_code FROM needs n JOIN businesses b ON b.id = n.business_id
       WHERE n.status = 'in_progress' ORDER BY n.id LIMIT 1`);
    const period = `from=${today.slice(0, 7)}-01&to=${today}`;
    const before: Matrix = await get(admin, '/api/dashboard/needs-matrix');
    const summaryBefore = await get(admin, `/api/dashboard/summary?${period}`);
    await t.database.db.execute(
      sql`UPDATE needs SET status = 'met', closed_at = now() WHERE id = ${need.id}`,
    );
    const after: Matrix = await get(admin, '/api/dashboard/needs-matrix');
    expect(cell(after, need.district_code, need.category)).toBe(
      cell(before, need.district_code, need.category) - 1,
    );
    const summaryAfter = await get(admin, `/api/dashboard/summary?${period}`);
    expect(summaryAfter.totals.needsOpen).toBe(summaryBefore.totals.needsOpen - 1);
    expect(summaryAfter.totals.needsMet).toBe(summaryBefore.totals.needsMet + 1);
    const month = today.slice(0, 7);
    const trend = (s: { needsTrend: { month: string; met: number; open: number }[] }) =>
      s.needsTrend.find((r) => r.month === month);
    expect(trend(summaryAfter)?.met).toBe((trend(summaryBefore)?.met ?? 0) + 1);
    expect(trend(summaryAfter)?.open).toBe((trend(summaryBefore)?.open ?? 0) - 1);

    // A visit observes it again: a new open need in the same cell.
    await t.database.db.execute(sql`INSERT INTO needs (id, business_id, district_code, category, priority, description,
      status, evidence_source, identified_on) VALUES (${randomUUID()}, ${need.business_id}, ${need.district_code},
      ${need.category}, 'high', 'Lagi', 'identified', 'visit', ${today})`);
    const again: Matrix = await get(admin, '/api/dashboard/needs-matrix');
    expect(cell(again, need.district_code, need.category)).toBe(
      cell(before, need.district_code, need.category),
    );
    const tg = await get(admin, '/api/dashboard/targeting');
    const [unattended] = await rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM needs x
      WHERE x.priority = 'high' AND x.status = 'identified' AND NOT EXISTS (SELECT 1 FROM support_needs s WHERE s.need_id = x.id)`);
    expect(tg.unattendedHigh.total).toBe(unattended.n);
  });

  it('ranks categories by kecamatan, subsector and cohort as the rows counted independently', async () => {
    const tg = await get(admin, '/api/dashboard/targeting');
    type Top = { category: string; n: number }[];
    const ranked = (counted: { k: string; category: string; n: number }[], k: string) =>
      counted
        .filter((c) => c.k === k)
        .map(({ category, n }) => ({ category, n }))
        .sort((a, b) => b.n - a.n || a.category.localeCompare(b.category))
        .slice(0, 5);
    const open = sql`n.status IN ('identified', 'planned', 'in_progress') AND b.deleted_at IS NULL AND b.merged_into_id IS NULL`;
    const byDistrict = await rows<{ k: string; category: string; n: number }>(sql`
      SELECT b.district_code AS k, n.category, count(*)::int AS n FROM needs n JOIN businesses b ON b.id = n.business_id
       WHERE ${open} GROUP BY 1, 2`);
    expect(tg.byDistrict.length).toBeGreaterThan(1);
    for (const d of tg.byDistrict as { code: string; top: Top }[])
      expect(d.top, d.code).toEqual(ranked(byDistrict, d.code));
    const bySubsector = await rows<{ k: string; category: string; n: number }>(sql`
      SELECT b.subsector AS k, n.category, count(*)::int AS n FROM needs n JOIN businesses b ON b.id = n.business_id
       WHERE ${open} GROUP BY 1, 2`);
    for (const d of tg.bySubsector as { code: string; top: Top }[])
      expect(d.top, d.code).toEqual(ranked(bySubsector, d.code));
    const byCohort = await rows<{ k: string; category: string; n: number }>(sql`
      SELECT r.event_id::text AS k, n.category, count(*)::int AS n
        FROM training_registrations r JOIN businesses b ON b.id = r.business_id JOIN needs n ON n.business_id = b.id
       WHERE r.status = 'registered' AND ${open} GROUP BY 1, 2`);
    expect(tg.byCohort.length).toBeGreaterThan(0);
    for (const e of tg.byCohort as { eventId: string; top: Top }[])
      expect(e.top, e.eventId).toEqual(ranked(byCohort, e.eventId));
    const overall = await rows<{ category: string; n: number; high: number }>(sql`
      SELECT n.category, count(*)::int AS n, (count(*) FILTER (WHERE n.priority = 'high'))::int AS high
        FROM needs n JOIN businesses b ON b.id = n.business_id WHERE ${open} GROUP BY 1`);
    expect(tg.overall).toEqual(overall.sort((a, b) => b.n - a.n || a.category.localeCompare(b.category)));
  });

  it('moves when an approved visit observes a need and when the need is met through the API', async () => {
    // A Lowokwaru business of the demo with an open packaging need and no open export need.
    const [b] = await rows<{ id: string }>(sql`
      SELECT b.id FROM businesses b WHERE b.district_code = ${LOWOKWARU} AND b.deleted_at IS NULL
         AND EXISTS (SELECT 1 FROM needs n WHERE n.business_id = b.id AND n.category = 'packaging'
                      AND n.status IN ('identified', 'planned', 'in_progress'))
         AND NOT EXISTS (SELECT 1 FROM needs n WHERE n.business_id = b.id AND n.category = 'export'
                      AND n.status IN ('identified', 'planned', 'in_progress'))
       ORDER BY b.id LIMIT 1`);
    expect(b).toBeDefined();
    const period = `from=${today.slice(0, 7)}-01&to=${today}`;
    const month = today.slice(0, 7);
    const trend = (s: { needsTrend: { month: string; identified: number; met: number; open: number }[] }) =>
      s.needsTrend.find((r) => r.month === month)!;
    const overall = (tg: { overall: { category: string; n: number }[] }, c: string) =>
      tg.overall.find((o) => o.category === c)?.n ?? 0;
    const before: Matrix = await get(admin, '/api/dashboard/needs-matrix');
    const summaryBefore = await get(admin, `/api/dashboard/summary?${period}`);
    const tgBefore = await get(admin, '/api/dashboard/targeting');

    const body = visitBody(b.id, {
      answers: producingAnswers({ observedNeeds: ['packaging', 'export'], needsNote: 'Ingin ekspor.' }),
    });
    expect((await postVisit(officer, body)).statusCode).toBe(201);
    // Submitted, not yet approved: no need yet.
    expect(cell(await get(admin, '/api/dashboard/needs-matrix'), LOWOKWARU, 'export')).toBe(
      cell(before, LOWOKWARU, 'export'),
    );
    const approved = await admin.post(`/api/visits/${body.id}/review`, { version: 1, decision: 'approve' });
    expect(approved.statusCode, approved.body).toBe(200);
    const after: Matrix = await get(admin, '/api/dashboard/needs-matrix');
    expect(cell(after, LOWOKWARU, 'export')).toBe(cell(before, LOWOKWARU, 'export') + 1);
    // Packaging was already open: the visit is more evidence, not a second need.
    expect(cell(after, LOWOKWARU, 'packaging')).toBe(cell(before, LOWOKWARU, 'packaging'));
    const summaryAfter = await get(admin, `/api/dashboard/summary?${period}`);
    expect(summaryAfter.totals.needsOpen).toBe(summaryBefore.totals.needsOpen + 1);
    expect(summaryAfter.totals.visits).toBe(summaryBefore.totals.visits + 1);
    expect(trend(summaryAfter).identified).toBe(trend(summaryBefore).identified + 1);
    expect(trend(summaryAfter).open).toBe(trend(summaryBefore).open + 1);
    const tgAfter = await get(admin, '/api/dashboard/targeting');
    expect(overall(tgAfter, 'export')).toBe(overall(tgBefore, 'export') + 1);

    // The export need is met through the API: out of the open figures, into the month's met.
    const needs = (await get(admin, `/api/needs?businessId=${b.id}&category=export`)).items as {
      id: string;
      status: string;
    }[];
    const need = needs.find((n) => n.status === 'identified')!;
    for (const status of ['planned', 'in_progress', 'met']) {
      const res = await officer.patch(`/api/needs/${need.id}`, { status });
      expect(res.statusCode, res.body).toBe(200);
    }
    const met: Matrix = await get(admin, '/api/dashboard/needs-matrix');
    expect(cell(met, LOWOKWARU, 'export')).toBe(cell(before, LOWOKWARU, 'export'));
    const summaryMet = await get(admin, `/api/dashboard/summary?${period}`);
    expect(summaryMet.totals.needsOpen).toBe(summaryBefore.totals.needsOpen);
    expect(summaryMet.totals.needsMet).toBe(summaryBefore.totals.needsMet + 1);
    expect(trend(summaryMet).met).toBe(trend(summaryBefore).met + 1);
    expect(trend(summaryMet).open).toBe(trend(summaryBefore).open);
    expect(overall(await get(admin, '/api/dashboard/targeting'), 'export')).toBe(overall(tgBefore, 'export'));
    const drill = await get(
      admin,
      `/api/dashboard/businesses?figure=needs&status=met&category=export&districtCode=${LOWOKWARU}&pageSize=200`,
    );
    expect(drill.items.map((i: { id: string }) => i.id)).toContain(b.id);
  });

  it('limits an officer to their kecamatan in the matrix, targeting and drill-down', async () => {
    const m: Matrix = await get(officer, '/api/dashboard/needs-matrix?status=all');
    expect(m.rows.map((r) => r.districtCode)).toEqual([LOWOKWARU]);
    const tg = await get(officer, '/api/dashboard/targeting');
    expect(tg.neverSupported.byDistrict.map((r: { code: string }) => r.code)).toEqual([LOWOKWARU]);
    const list = await get(officer, '/api/dashboard/businesses?figure=businesses&pageSize=200');
    expect(list.total).toBeGreaterThan(0);
    expect(new Set(list.items.map((i: { districtCode: string }) => i.districtCode))).toEqual(
      new Set([LOWOKWARU]),
    );
    for (const url of [
      `/api/dashboard/needs-matrix?districtCode=${BLIMBING}`,
      `/api/dashboard/targeting?districtCode=${BLIMBING}`,
      `/api/dashboard/businesses?figure=needs&districtCode=${BLIMBING}`,
    ]) {
      expect((await officer.get(url)).statusCode, url).toBe(403);
    }
    const owner = (await userClient(t.app, t.database, { role: 'ikm_owner' })).client;
    expect((await owner.get('/api/dashboard/needs-matrix')).statusCode).toBe(403);
  });

  it('answers 400 naming the field for bad filters', async () => {
    for (const [url, field] of [
      ['/api/dashboard/needs-matrix?status=closed', 'status'],
      ['/api/dashboard/businesses?figure=everything', 'figure'],
      ['/api/dashboard/businesses?figure=needs&category=luck', 'category'],
      ['/api/dashboard/businesses?figure=needs&subsector=plastik', 'subsector'],
      ['/api/dashboard/businesses?figure=needs&pageSize=1000', 'pageSize'],
    ]) {
      const res = await admin.get(url);
      expect(res.statusCode, url).toBe(400);
      expect(JSON.stringify(res.json().error.details), url).toContain(field);
    }
  });
});
