import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NEED_CATEGORIES } from '#core/domain/needs';
import { officeDate } from '#core/time';
import { BLIMBING, LOWOKWARU } from '#server/features/registry/test-helpers';
import type { Actor } from '#server/lib/context';
import { createTestApp, type TestApp } from '#server/test/app';
import { countBusinesses, drillBusinesses, rollupCount } from './queries/drill';
import { matrixFor, scopeOf, seedDemo, summaryFor, targetingFor } from './service';

/*
 * The rollup, fine and coarse rows (migrations 0025 and 0026's area rows), stays equal to the sums recomputed from the
 * raw rows through every kind of change the triggers follow: a need recorded, moving through its
 * statuses and answered by support, a visit returned and approved again, a business moving
 * kecamatan or deleted, a cohort losing a participant, support given and moved in time. Then the
 * figures read from the coarse rows equal the figures summed from the raw rows.
 */

let t: TestApp;
const today = officeDate();
const actor: Actor = { id: 'x', email: 'a@b.c', name: 'A', role: 'admin', kecamatanCodes: [], locale: 'id' };
const ctx = () => ({ db: t.database.db, config: t.config, actor, ip: null });

const rows = async <T>(query: ReturnType<typeof sql>) =>
  ((await t.database.db.execute(query)) as unknown as { rows: T[] }).rows;
const run = (query: ReturnType<typeof sql>) => t.database.db.execute(query);

/**
 * Rollup rows that differ from the sums over the raw rows (fine kinds, and coarse ones from them),
 * and outcome rows (migration 0026) that differ from the ones recomputed from the raw rows.
 */
const drift = async () => [
  ...(await rollupDrift()),
  ...(await outcomeDrift()),
  ...(await gridDrift()),
  ...(await periodDrift()),
];

/** Period rows and grid (migration 0031) that differ from the ones recomputed from the raw rows. */
const periodDrift = () =>
  rows<Record<string, unknown>>(sql`
    WITH expected AS (
      SELECT v.figure, v.subsector, c.f, c.l, sum(c.n) AS n
        FROM dash_period_source v CROSS JOIN LATERAL dash_period_cells(v.months) c
       GROUP BY v.figure, v.subsector, c.f, c.l HAVING sum(c.n) <> 0
    ), actual AS (SELECT figure, subsector, f, l, n::numeric FROM dash_period_grid WHERE n <> 0)
    (SELECT 'period missing' AS side, business_id::text AS figure, months::text AS f FROM (
       SELECT * FROM dash_period_source EXCEPT ALL SELECT * FROM dash_period_facts) x LIMIT 5)
    UNION ALL
    (SELECT 'period extra', business_id::text, months::text FROM (
       SELECT * FROM dash_period_facts EXCEPT ALL SELECT * FROM dash_period_source) y LIMIT 5)
    UNION ALL
    (SELECT 'period grid missing', figure, f::text FROM (SELECT * FROM expected EXCEPT ALL SELECT * FROM actual) z LIMIT 5)
    UNION ALL
    (SELECT 'period grid extra', figure, f::text FROM (SELECT * FROM actual EXCEPT ALL SELECT * FROM expected) w LIMIT 5)`);

const outcomeDrift = () =>
  rows<Record<string, unknown>>(sql`
    (SELECT 'outcome missing' AS side, * FROM (SELECT * FROM dash_outcome_source EXCEPT ALL SELECT * FROM dash_outcome_facts) x LIMIT 5)
    UNION ALL
    (SELECT 'outcome extra', * FROM (SELECT * FROM dash_outcome_facts EXCEPT ALL SELECT * FROM dash_outcome_source) y LIMIT 5)`);

/** Grid rows (migration 0030) that differ from the cells of the outcome rows recomputed from the raw rows. */
const gridDrift = () =>
  rows<Record<string, unknown>>(sql`
    WITH expected AS (
      SELECT c.grp, c.f, c.l, sum(c.n) AS n, sum(c.t0) AS t0, sum(c.t1) AS t1, sum(c.tn) AS tn,
             sum(c.w0) AS w0, sum(c.w1) AS w1, sum(c.wn) AS wn, sum(c.c0) AS c0, sum(c.c1) AS c1, sum(c.cn) AS cn
        FROM dash_outcome_source o
       CROSS JOIN LATERAL dash_outcome_cells(o.days, o.turnover, o.workers, o.channels, o.supports) c
       GROUP BY c.grp, c.f, c.l
    ), actual AS (
      SELECT grp, f, l, n::numeric, t0, t1, tn::numeric, w0, w1, wn::numeric, c0::numeric, c1::numeric, cn::numeric
        FROM dash_outcome_grid
    ), nonzero AS (
      SELECT * FROM expected
       WHERE n <> 0 OR t0 <> 0 OR t1 <> 0 OR tn <> 0 OR w0 <> 0 OR w1 <> 0 OR wn <> 0 OR c0 <> 0 OR c1 <> 0 OR cn <> 0
    ), kept AS (
      SELECT * FROM actual
       WHERE n <> 0 OR t0 <> 0 OR t1 <> 0 OR tn <> 0 OR w0 <> 0 OR w1 <> 0 OR wn <> 0 OR c0 <> 0 OR c1 <> 0 OR cn <> 0
    )
    (SELECT 'grid missing' AS side, * FROM (SELECT * FROM nonzero EXCEPT ALL SELECT * FROM kept) x LIMIT 5)
    UNION ALL
    (SELECT 'grid extra', * FROM (SELECT * FROM kept EXCEPT ALL SELECT * FROM nonzero) y LIMIT 5)`);

const rollupDrift = () =>
  rows<Record<string, unknown>>(sql`
    WITH fine AS (
      SELECT kind, district_code, subsector, period, dim, dim2,
             sum(n) AS n, sum(v1) AS v1, sum(v2) AS v2, sum(v3) AS v3, sum(v4) AS v4, sum(v5) AS v5, sum(v6) AS v6
        FROM (SELECT * FROM dash_business_facts UNION ALL SELECT * FROM dash_event_facts
              UNION ALL SELECT * FROM dash_support_facts) f
       GROUP BY kind, district_code, subsector, period, dim, dim2
    ), expected AS (
      SELECT * FROM fine
      UNION ALL
      SELECT c.kind, f.district_code, c.subsector, c.period, c.dim, c.dim2,
             sum(f.n), sum(f.v1), sum(f.v2), sum(f.v3), sum(f.v4), sum(f.v5), sum(f.v6)
        FROM fine f CROSS JOIN LATERAL dash_coarse(f.kind, f.subsector, f.period, f.dim, f.dim2) c
       GROUP BY c.kind, f.district_code, c.subsector, c.period, c.dim, c.dim2
      UNION ALL
      SELECT a.kind, a.district_code, a.subsector, a.period, a.dim, a.dim2,
             sum(f.n), sum(f.v1), sum(f.v2), sum(f.v3), sum(f.v4), sum(f.v5), sum(f.v6)
        FROM fine f
       CROSS JOIN LATERAL dash_coarse_area(f.kind, f.district_code, f.subsector, f.period, f.dim, f.dim2) a
       GROUP BY a.kind, a.district_code, a.subsector, a.period, a.dim, a.dim2
    ), actual AS (
      SELECT kind, district_code, subsector, period, dim, dim2,
             n::numeric, v1::numeric, v2::numeric, v3::numeric, v4::numeric, v5::numeric, v6::numeric
        FROM dash_rollup
       WHERE n <> 0 OR v1 <> 0 OR v2 <> 0 OR v3 <> 0 OR v4 <> 0 OR v5 <> 0 OR v6 <> 0
    )
    (SELECT 'missing' AS side, * FROM (SELECT * FROM expected EXCEPT ALL SELECT * FROM actual) x LIMIT 5)
    UNION ALL
    (SELECT 'extra', * FROM (SELECT * FROM actual EXCEPT ALL SELECT * FROM expected) y LIMIT 5)`);

/** Every rollup row, for comparing the trigger-kept rollup with a full rebuild. */
const rollupRows = () =>
  rows<Record<string, unknown>>(sql`SELECT kind, district_code, subsector, period::text AS period, dim, dim2,
      n::text AS n, v1::text AS v1, v2::text AS v2, v3::text AS v3, v4::text AS v4, v5::text AS v5, v6::text AS v6
    FROM dash_rollup WHERE n <> 0 OR v1 <> 0 OR v2 <> 0 OR v3 <> 0 OR v4 <> 0 OR v5 <> 0 OR v6 <> 0
    ORDER BY kind, district_code, subsector, period, dim, dim2`);

const coarseRows = async () =>
  (await rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM dash_rollup WHERE kind LIKE '%/%'`))[0].n;

beforeAll(async () => {
  t = await createTestApp();
  // The demo certificates are signed with a key kept in DATA_DIR.
  t.config.dataDir = mkdtempSync(path.join(os.tmpdir(), 'bk-dashboard-'));
  await seedDemo(t.database, {
    scale: 'city',
    homeRegionCode: '35.73',
    dataDir: t.config.dataDir,
    until: today,
    sizes: { businesses: 150, visits: 900, needs: 450, events: 5 },
  });
}, 180_000);
afterAll(() => t.close());

describe('dashboard rollup', () => {
  it('is rebuilt after the bulk load with coarse rows', async () => {
    expect(await coarseRows()).toBeGreaterThan(50);
    expect(
      (
        await rows<{ n: number }>(
          sql`SELECT count(*)::int AS n FROM dash_outcome_facts WHERE supports IS NOT NULL`,
        )
      )[0].n,
    ).toBeGreaterThan(5);
    // The fixed-period outcome kind is no longer computed (0028): dash_outcome_facts replaced it.
    expect(
      (await rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM dash_facts WHERE kind = 'outcome'`))[0].n,
    ).toBe(0);
    expect(
      (await rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM dash_outcome_grid WHERE n <> 0`))[0].n,
    ).toBeGreaterThan(20);
    expect(await drift()).toEqual([]);
  });

  it('follows needs: recorded, moving through statuses, answered by support', async () => {
    const [b] = await rows<{ id: string; district_code: string }>(
      sql`SELECT b.id, b.district_code FROM businesses b WHERE b.deleted_at IS NULL
        AND NOT EXISTS (SELECT 1 FROM needs n WHERE n.business_id = b.id) ORDER BY b.id LIMIT 1`,
    );
    const need = randomUUID();
    await run(sql`INSERT INTO needs (id, business_id, district_code, category, priority, description, status,
      evidence_source, identified_on) VALUES (${need}, ${b.id}, ${b.district_code}, 'capital', 'high', 'Modal',
      'identified', 'visit', ${today})`);
    expect(await drift()).toEqual([]);
    await run(sql`UPDATE needs SET status = 'in_progress', category = 'marketing' WHERE id = ${need}`);
    expect(await drift()).toEqual([]);
    const [support] = await rows<{ id: string }>(
      sql`SELECT id FROM support_interventions ORDER BY id LIMIT 1`,
    );
    await run(sql`INSERT INTO support_needs (support_id, need_id) VALUES (${support.id}, ${need})`);
    expect(await drift()).toEqual([]);
    await run(sql`UPDATE needs SET status = 'met', closed_at = now() WHERE id = ${need}`);
    expect(await drift()).toEqual([]);
    // Three closed needs reopened in one statement (none with an open twin: one open need per category).
    await run(sql`UPDATE needs SET status = 'identified', closed_at = NULL WHERE id IN (
      SELECT id FROM (SELECT DISTINCT ON (x.business_id, x.category) x.id FROM needs x
                       WHERE x.status = 'not_pursued' AND NOT EXISTS (SELECT 1 FROM needs y
                         WHERE y.business_id = x.business_id AND y.category = x.category
                           AND y.status IN ('identified', 'planned', 'in_progress'))
                       ORDER BY x.business_id, x.category, x.id) u ORDER BY id LIMIT 3)`);
    expect(await drift()).toEqual([]);
  });

  it('follows visits returned and approved, and businesses moving or deleted', async () => {
    const [v] = await rows<{ id: string }>(
      sql`SELECT id FROM visits WHERE status <> 'returned' ORDER BY visited_on DESC, id LIMIT 1`,
    );
    await run(sql`UPDATE visits SET status = 'returned' WHERE id = ${v.id}`);
    expect(await drift()).toEqual([]);
    await run(sql`UPDATE visits SET status = 'approved' WHERE id = ${v.id}`);
    expect(await drift()).toEqual([]);
    // Answers corrected: turnover raised, workers no longer answered, channels given as a list.
    await run(sql`UPDATE visits SET answers = (answers - 'workers')
      || jsonb_build_object('turnoverLastMonth', 7654321, 'salesChannels', jsonb_build_array('marketplace', 'shop'))
      WHERE id = ${v.id}`);
    expect(await drift()).toEqual([]);
    // A second visit on the same day as another (the later id is the latest), then removed.
    const copy = randomUUID();
    await run(sql`INSERT INTO visits SELECT (jsonb_populate_record(v, jsonb_build_object('id', ${copy}::uuid))).*
      FROM visits v WHERE v.id = ${v.id}`);
    expect(await drift()).toEqual([]);
    await run(sql`DELETE FROM visits WHERE id = ${copy}`);
    expect(await drift()).toEqual([]);
    // A business with needs, support and training moves to another kecamatan.
    const [b] = await rows<{ id: string; district_code: string }>(sql`
      SELECT b.id, b.district_code FROM businesses b
       WHERE b.deleted_at IS NULL AND b.district_code <> ${BLIMBING}
         AND EXISTS (SELECT 1 FROM needs n WHERE n.business_id = b.id AND n.status IN ('identified', 'planned', 'in_progress'))
         AND EXISTS (SELECT 1 FROM training_registrations r WHERE r.business_id = b.id AND r.status = 'registered')
       ORDER BY b.id LIMIT 1`);
    expect(b).toBeDefined();
    await run(sql`UPDATE businesses SET district_code = ${BLIMBING}, subsector = 'logam' WHERE id = ${b.id}`);
    expect(await drift()).toEqual([]);
    await run(sql`UPDATE businesses SET deleted_at = now()
      WHERE id IN (SELECT business_id FROM needs WHERE business_id <> ${b.id} ORDER BY id LIMIT 2)`);
    expect(await drift()).toEqual([]);
  });

  it('follows cohorts and support', async () => {
    await run(sql`UPDATE training_registrations SET status = 'cancelled', cancelled_at = now()
      WHERE id IN (SELECT r.id FROM training_registrations r JOIN needs n ON n.business_id = r.business_id
                    WHERE r.status = 'registered' ORDER BY r.id LIMIT 2)`);
    expect(await drift()).toEqual([]);
    const [s] = await rows<{ id: string }>(
      sql`SELECT support_id AS id FROM support_businesses ORDER BY 1 LIMIT 1`,
    );
    await run(sql`UPDATE support_interventions SET date = date - 400 WHERE id = ${s.id}`);
    expect(await drift()).toEqual([]);
    await run(sql`DELETE FROM support_businesses WHERE support_id = ${s.id}`);
    expect(await drift()).toEqual([]);

    // Training stages: a certificate revoked, an attendance removed, a follow-up fulfilled, an
    // event moved to another month.
    await run(sql`UPDATE training_certificates SET status = 'revoked', revoked_at = now(), revoked_reason = 'x'
      WHERE id IN (SELECT id FROM training_certificates WHERE status = 'valid' ORDER BY id LIMIT 2)`);
    expect(await drift()).toEqual([]);
    await run(
      sql`DELETE FROM training_attendance WHERE id IN (SELECT id FROM training_attendance ORDER BY id LIMIT 3)`,
    );
    expect(await drift()).toEqual([]);
    await run(sql`UPDATE training_followups SET fulfilled_at = now()
      WHERE id IN (SELECT id FROM training_followups WHERE fulfilled_at IS NULL ORDER BY id LIMIT 2)`);
    expect(await drift()).toEqual([]);
    await run(sql`UPDATE training_events SET start_date = start_date - 45, end_date = end_date - 45
      WHERE id IN (SELECT event_id FROM training_registrations WHERE status = 'registered' ORDER BY id LIMIT 1)`);
    expect(await drift()).toEqual([]);
  });

  it('reads the summary in one statement (two for several kecamatan: the interventions reaching any)', async () => {
    const statements: string[] = [];
    const counting = () => ({
      ...ctx(),
      db: {
        execute: (query: ReturnType<typeof sql>) => {
          statements.push('x');
          return t.database.db.execute(query);
        },
      } as unknown as ReturnType<typeof ctx>['db'],
    });
    for (const filters of [{}, { from: '2019-01-01', to: today, districtCode: BLIMBING }]) {
      statements.length = 0;
      const c = counting();
      expect(await summaryFor(c, scopeOf(c, filters), 'rollup')).toEqual(
        await summaryFor(ctx(), scopeOf(ctx(), filters), 'raw'),
      );
      expect(statements).toHaveLength(1);
    }
    statements.length = 0;
    const c = counting();
    await summaryFor(c, { ...scopeOf(c, {}), area: [BLIMBING, LOWOKWARU] }, 'rollup');
    expect(statements).toHaveLength(2);
  });

  it('gives the same figures from the coarse rows as from the raw rows after the changes', async () => {
    for (const filters of [
      {},
      { from: '2019-01-01', to: today },
      { from: `${Number(today.slice(0, 4)) - 1}-03-01`, to: `${Number(today.slice(0, 4)) - 1}-08-31` },
      { districtCode: BLIMBING },
      { districtCode: LOWOKWARU },
    ]) {
      const scope = scopeOf(ctx(), filters);
      expect(await summaryFor(ctx(), scope, 'rollup')).toEqual(await summaryFor(ctx(), scope, 'raw'));
      expect(await targetingFor(ctx(), scope, 'rollup')).toEqual(await targetingFor(ctx(), scope, 'raw'));
      for (const status of ['open', 'all'] as const) {
        expect(await matrixFor(ctx(), scope, status, 'rollup')).toEqual(
          await matrixFor(ctx(), scope, status, 'raw'),
        );
      }
    }
  });

  it('counts a drill-down without a rollup count in the page statement, as the rows do', async () => {
    // Within an area: over every kecamatan visited and the training stages have a count (below).
    const AREA = [BLIMBING, LOWOKWARU];
    const m = { first: '2019-01-01', last: `${today.slice(0, 8)}01` };
    const base = { status: 'open', stage: 'registered', page: 1, pageSize: 2 } as const;
    let statements = 0;
    const db = {
      execute: (query: ReturnType<typeof sql>) => {
        statements += 1;
        return t.database.db.execute(query);
      },
    } as unknown as typeof t.database.db;
    for (const q of [
      { figure: 'trained', stage: 'registered' },
      { figure: 'trained', stage: 'attended' },
      { figure: 'visited' },
      { figure: 'needs', status: 'all' },
    ] as const) {
      const query = { ...base, ...q };
      const n = await countBusinesses(t.database.db, AREA, query, m);
      expect(n).toBeGreaterThan(query.pageSize);
      statements = 0;
      expect((await drillBusinesses(db, AREA, query, m)).total).toBe(n);
      expect(statements).toBe(1);
      // A page past the last: no rows to carry the count.
      const past = { ...query, page: Math.ceil(n / query.pageSize) + 1 };
      const empty = await drillBusinesses(db, AREA, past, m);
      expect({ items: empty.items.length, total: empty.total }).toEqual({ items: 0, total: n });
    }
  });

  it('counts a drill-down from the rollup as the rows do, then equals a full rebuild', async () => {
    const m = { first: '2019-01-01', last: `${today.slice(0, 8)}01` };
    const recent = { first: `${today.slice(0, 5)}01-01`, last: `${today.slice(0, 8)}01` };
    const base = { status: 'open', stage: 'registered', page: 1, pageSize: 50 } as const;
    let counted = 0;
    for (const area of [null, [BLIMBING], [BLIMBING, LOWOKWARU]]) {
      for (const subsector of [undefined, 'logam', 'batik_tekstil'] as const) {
        for (const q of [
          { figure: 'businesses' },
          { figure: 'added' },
          { figure: 'supported' },
          { figure: 'never_supported' },
          ...NEED_CATEGORIES.map((category) => ({ figure: 'needs' as const, category })),
          ...NEED_CATEGORIES.map((category) => ({ figure: 'unattended' as const, category })),
        ] as const) {
          for (const months of [m, recent]) {
            const query = { ...base, ...q, subsector };
            const fromRollup = await rollupCount(t.database.db, area, query, months);
            expect({ area, query, months, n: fromRollup }).toEqual({
              area,
              query,
              months,
              n: await countBusinesses(t.database.db, area, query, months),
            });
            counted += fromRollup ?? 0;
          }
        }
      }
    }
    expect(counted).toBeGreaterThan(0);
    // Figures without a count of their own in the rollup are counted from the rows.
    expect(await rollupCount(t.database.db, null, { ...base, figure: 'needs' }, m)).toBeNull();
    expect(await rollupCount(t.database.db, [BLIMBING], { ...base, figure: 'visited' }, m)).toBeNull();
    // Visited and the training stages over every kecamatan, for periods of every length.
    const months = Array.from({ length: 40 }, (_, i) => {
      const d = new Date(`${today.slice(0, 8)}01T00:00:00Z`);
      d.setUTCMonth(d.getUTCMonth() - 38 + i);
      return d.toISOString().slice(0, 10);
    });
    let periods = 0;
    for (let i = 0; i < months.length; i += 3) {
      for (let j = i; j < months.length; j += 4) {
        const period = { first: months[i], last: months[j] };
        for (const subsector of [undefined, 'logam'] as const) {
          for (const q of [
            { figure: 'visited' },
            ...(['registered', 'attended', 'certified', 'followed_up'] as const).map((stage) => ({
              figure: 'trained' as const,
              stage,
            })),
          ] as const) {
            const query = { ...base, ...q, subsector };
            expect({ period, query, n: await rollupCount(t.database.db, null, query, period) }).toEqual({
              period,
              query,
              n: await countBusinesses(t.database.db, null, query, period),
            });
            periods += 1;
          }
        }
      }
    }
    expect(periods).toBeGreaterThan(500);
    const kept = await rollupRows();
    expect(kept.some((r) => r.district_code === '')).toBe(true);
    await run(sql`SELECT dash_rebuild()`);
    expect(await rollupRows()).toEqual(kept);
  });
});
