import { sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { officeDate } from '#core/time';
import { postVisit, producingAnswers, visitBody } from '#server/features/monitoring/test-helpers';
import { BLIMBING, createVia, LOWOKWARU } from '#server/features/registry/test-helpers';
import type { Client, TestApp } from '#server/test/app';
import { userClient } from '#server/test/factories';
import { demoOffice } from './test-helpers';

/*
 * The summary against rows counted independently (plain SQL over the raw tables, not the
 * dashboard's views), on a small demo office plus records made through the API; then the
 * figures move when a visit or a business is added, and an officer sees only their kecamatan.
 */

let t: TestApp;
let admin: Client;
let officer: Client;
const today = officeDate();
const from = `${today.slice(0, 4)}-01-01`;

const one = async <T>(query: ReturnType<typeof sql>) =>
  ((await t.database.db.execute(query)) as unknown as { rows: T[] }).rows[0];

beforeAll(async () => {
  ({ t, admin, officer } = await demoOffice({ businesses: 300, visits: 2_000, events: 6 }, today));
});
afterAll(() => t.close());

const summary = async (client: Client, query = '') => {
  const res = await client.get(`/api/dashboard/summary?from=${from}&to=${today}${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

describe('dashboard summary', () => {
  it('agrees with the raw rows counted independently', async () => {
    const s = await summary(admin);
    const live = await one<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM businesses WHERE deleted_at IS NULL AND merged_into_id IS NULL`,
    );
    expect(s.totals.businesses).toBe(live.n);
    const added = await one<{ n: number }>(sql`SELECT count(*)::int AS n FROM businesses
      WHERE deleted_at IS NULL AND merged_into_id IS NULL AND (created_at AT TIME ZONE 'Asia/Jakarta')::date >= ${from}::date`);
    expect(s.totals.added).toBe(added.n);
    const visits = await one<{
      n: number;
    }>(sql`SELECT count(*)::int AS n FROM visits v JOIN businesses b ON b.id = v.business_id
      WHERE v.status <> 'returned' AND v.visited_on BETWEEN ${from}::date AND ${today}::date AND b.deleted_at IS NULL`);
    expect(s.totals.visits).toBe(visits.n);
    expect(visits.n).toBeGreaterThan(0);
    const lowokwaru = await one<{ n: number }>(sql`SELECT count(*)::int AS n FROM businesses
      WHERE deleted_at IS NULL AND merged_into_id IS NULL AND district_code = ${LOWOKWARU}`);
    expect(s.byDistrict.find((r: { code: string }) => r.code === LOWOKWARU).businesses).toBe(lowokwaru.n);
    const funnel = await one<{ registered: number; certified: number }>(sql`SELECT
        count(*)::int AS registered,
        count(*) FILTER (WHERE EXISTS (SELECT 1 FROM training_certificates c WHERE c.registration_id = r.id AND c.status = 'valid'))::int AS certified
      FROM training_registrations r JOIN training_events e ON e.id = r.event_id
      WHERE r.status = 'registered' AND e.start_date BETWEEN ${from}::date AND ${today}::date`);
    expect(s.funnel.registered).toBe(funnel.registered);
    expect(s.funnel.certified).toBe(funnel.certified);
    expect(s.funnel.attended).toBeLessThanOrEqual(s.funnel.registered);
  });

  it('gives the same figures from the rollup as from the raw rows', async () => {
    const { summaryFor, scopeOf } = await import('./service');
    const ctx = {
      db: t.database.db,
      config: t.config,
      actor: {
        id: 'x',
        email: 'a@b.c',
        name: 'A',
        role: 'admin' as const,
        kecamatanCodes: [],
        locale: 'id' as const,
      },
      ip: null,
    };
    for (const filters of [{}, { from: '2019-01-01', to: today }, { districtCode: BLIMBING }]) {
      const scope = scopeOf(ctx, filters);
      expect(await summaryFor(ctx, scope, 'rollup')).toEqual(await summaryFor(ctx, scope, 'raw'));
    }
  });

  it('reads the province-wide rows over every kecamatan, with the figures of the per-kecamatan rows', async () => {
    const { summaryFor, scopeOf } = await import('./service');
    const actor = {
      id: 'x',
      email: 'a@b.c',
      name: 'A',
      role: 'admin' as const,
      kecamatanCodes: [],
      locale: 'id' as const,
    };
    // The kinds each statement reads (its parameters; the kind of `ikm/m` by kecamatan is inline).
    const kinds: string[][] = [];
    const dialect = new PgDialect();
    const db = new Proxy(t.database.db, {
      get(target, key, receiver) {
        if (key !== 'execute') return Reflect.get(target, key, receiver);
        return (query: Parameters<typeof target.execute>[0]) => {
          const { params } = dialect.sqlToQuery(query as Parameters<typeof dialect.sqlToQuery>[0]);
          kinds.push(
            params.filter((p): p is string => typeof p === 'string' && /^[a-z_]+(\/[a-z]+)*$/.test(p)),
          );
          return target.execute(query);
        };
      },
    });
    const ctx = { db, config: t.config, actor, ip: null };
    const codes = (
      (await t.database.db.execute(
        sql`SELECT DISTINCT district_code FROM dash_rollup WHERE district_code <> '' ORDER BY 1`,
      )) as unknown as { rows: { district_code: string }[] }
    ).rows.map((r) => r.district_code);
    expect(codes.length).toBeGreaterThan(1);
    const year = Number(today.slice(0, 4));
    const periods = [
      {},
      { from: '2019-01-01', to: today },
      { from: `${year - 1}-03-01`, to: `${year - 1}-08-31` },
      { from: `${today.slice(0, 7)}-01`, to: today },
    ];
    const check = async () => {
      for (const filters of periods) {
        const scope = scopeOf(ctx, filters);
        expect(scope.area).toBeNull();
        kinds.length = 0;
        const province = await summaryFor(ctx, scope, 'rollup');
        const read = kinds.flat();
        for (const kind of ['ikm/p', 'visit/p', 'channel/p', 'snapshot/p', 'need/p', 'need_closed/p']) {
          expect(read, kind).toContain(kind);
        }
        for (const kind of ['ikm', 'ikm/m', 'visit/m', 'channel/m', 'snapshot', 'need/m', 'need_closed/m']) {
          expect(read, kind).not.toContain(kind);
        }
        // The same area listed kecamatan by kecamatan reads the per-kecamatan rows.
        kinds.length = 0;
        const perDistrict = await summaryFor(ctx, { ...scope, area: codes }, 'rollup');
        expect(kinds.flat()).toContain('visit/m');
        expect({ ...perDistrict, period: province.period }, JSON.stringify(filters)).toEqual(province);
        expect(await summaryFor(ctx, scope, 'raw'), JSON.stringify(filters)).toEqual(province);
      }
    };
    await check();
    // A need met and a visit added move both the same way.
    const [need] = (
      (await t.database.db.execute(
        sql`SELECT id FROM needs WHERE status IN ('identified', 'planned', 'in_progress') ORDER BY id LIMIT 1`,
      )) as unknown as { rows: { id: string }[] }
    ).rows;
    expect(need).toBeDefined();
    const before = await summaryFor(ctx, scopeOf(ctx, {}), 'rollup');
    await t.database.db.execute(
      sql`UPDATE needs SET status = 'met', closed_at = now() WHERE id = ${need.id}`,
    );
    const business = await createVia(admin, { name: 'UD Provinsi Dashboard' });
    const res = await postVisit(
      officer,
      visitBody(business.id, { answers: producingAnswers({ salesChannels: ['marketplace'] }) }),
    );
    expect(res.statusCode, res.body).toBe(201);
    const after = await summaryFor(ctx, scopeOf(ctx, {}), 'rollup');
    expect(after.totals.needsOpen).toBe(before.totals.needsOpen - 1);
    expect(after.totals.needsMet).toBe(before.totals.needsMet + 1);
    expect(after.totals.visits).toBe(before.totals.visits + 1);
    expect(after.totals.businesses).toBe(before.totals.businesses + 1);
    await check();
  });

  it('moves when a business is registered and a visit is recorded', async () => {
    const before = await summary(admin, `&districtCode=${LOWOKWARU}`);
    const business = await createVia(admin, { name: 'UD Baru Dashboard' });
    const res = await postVisit(
      officer,
      visitBody(business.id, { answers: producingAnswers({ salesChannels: ['marketplace'] }) }),
    );
    expect(res.statusCode, res.body).toBe(201);
    const after = await summary(admin, `&districtCode=${LOWOKWARU}`);
    expect(after.totals.businesses).toBe(before.totals.businesses + 1);
    expect(after.totals.added).toBe(before.totals.added + 1);
    expect(after.totals.visits).toBe(before.totals.visits + 1);
    const month = today.slice(0, 7);
    const trend = (s: { visitTrend: { month: string; visits: number }[] }) =>
      s.visitTrend.find((v) => v.month === month)?.visits ?? 0;
    expect(trend(after)).toBe(trend(before) + 1);
    // Deleting the business takes it and its visit out again.
    expect((await admin.delete(`/api/businesses/${business.id}`)).statusCode).toBeLessThan(300);
    const gone = await summary(admin, `&districtCode=${LOWOKWARU}`);
    expect(gone.totals.businesses).toBe(before.totals.businesses);
    expect(gone.totals.visits).toBe(before.totals.visits);
  });

  it('keeps the rollup through writes exactly as a rebuild from the raw rows makes it', async () => {
    const business = await createVia(admin, {
      name: 'UD Rollup Jalan',
      snapshot: { dataYear: 2024, workersMale: 3, workersFemale: 2, turnoverYearlyIdr: 120_000_000 },
    });
    const visit = visitBody(business.id, { answers: producingAnswers({ salesChannels: ['marketplace'] }) });
    expect((await postVisit(officer, visit)).statusCode).toBe(201);
    const moved = await admin.patch(`/api/businesses/${business.id}`, {
      districtCode: BLIMBING,
      villageCode: null,
      subsector: 'kayu',
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const gone = await createVia(admin, {
      name: 'UD Rollup Hapus',
      districtCode: BLIMBING,
      villageCode: null,
    });
    expect((await admin.delete(`/api/businesses/${gone.id}`)).statusCode).toBeLessThan(300);
    const rollup = async () =>
      (
        (await t.database.db.execute(sql`SELECT * FROM dash_rollup WHERE n <> 0 OR v1 <> 0 OR v2 <> 0
         OR v3 <> 0 OR v4 <> 0 OR v5 <> 0 OR v6 <> 0 ORDER BY kind, district_code, subsector, period, dim, dim2`)) as unknown as {
          rows: unknown[];
        }
      ).rows;
    const kept = await rollup();
    await t.database.db.execute(sql`SELECT dash_rebuild()`);
    const rebuilt = await rollup();
    expect(rebuilt.length).toBeGreaterThan(0);
    expect(kept).toEqual(rebuilt);
  });

  it("limits an officer to their kecamatan and refuses another's", async () => {
    const own = await summary(officer);
    expect(own.period.districtCodes).toEqual([LOWOKWARU]);
    expect(own.byDistrict.map((r: { code: string }) => r.code)).toEqual([LOWOKWARU]);
    const adminView = await summary(admin, `&districtCode=${LOWOKWARU}`);
    expect(own.totals).toEqual(adminView.totals);
    const other = await officer.get(`/api/dashboard/summary?districtCode=${BLIMBING}`);
    expect(other.statusCode).toBe(403);
    const trainer = (await userClient(t.app, t.database, { role: 'trainer' })).client;
    expect((await trainer.get('/api/dashboard/summary')).statusCode).toBe(403);
  });

  it('makes demo certificates the public check page finds genuine, like issued ones', async () => {
    const certs = (
      (await t.database.db.execute(
        sql`SELECT code FROM training_certificates ORDER BY code LIMIT 3`,
      )) as unknown as { rows: { code: string }[] }
    ).rows;
    expect(certs.length).toBeGreaterThan(0);
    for (const { code } of certs) {
      const res = await t.app.inject({ method: 'GET', url: `/api/public/certificates/${code}` });
      expect(res.statusCode, res.body).toBe(200);
      const found = res.json();
      expect(found.signatureValid).toBe(true);
      expect(found.status).toBe('valid');
      expect(found.name.length).toBeGreaterThan(0);
      expect(found.event.id).toMatch(/^Pelatihan/);
    }
    // The certificate's PDF is drawn from the same signed facts.
    const pdf = await admin.get(`/api/certificates/${certs[0].code}.pdf`);
    expect(pdf.statusCode, pdf.body.slice(0, 200)).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('answers 400 naming the field for bad filters', async () => {
    for (const [query, field] of [
      ['from=2026-13-01', 'from'],
      ['districtCode=Lowokwaru', 'districtCode'],
      ['quarter=2026-Q5', 'quarter'],
      ['quarter=2026-Q1&from=2026-01-01', 'quarter'],
      ['from=2026-05-01&to=2026-01-01', 'from'],
    ]) {
      const res = await admin.get(`/api/dashboard/summary?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(JSON.stringify(res.json().error.details), query).toContain(field);
    }
  });
});
