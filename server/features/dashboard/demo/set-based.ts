import { sql } from 'drizzle-orm';
import { NEED_CATEGORIES, NEED_LABELS } from '#core/domain/needs';
import { SUBSECTORS } from '#core/domain/registry';
import { bulkInsert } from '#server/db/bulk';
import type { Db } from '#server/db/client';
import {
  trainingAttendance,
  trainingCertificates,
  trainingEvents,
  trainingFollowups,
  trainingRegistrations,
  trainingSessions,
} from '#server/db/schema';
import { rowsOf } from '../queries/source';
import {
  NAME_PARTS,
  NEED_WEIGHTS,
  NEEDS_NOTES,
  PROBLEMS,
  START_YEAR,
  SUBSECTOR_NEEDS,
  SUBSECTOR_PROFILE,
} from './profile';
import type { Rng } from './random';
import { makeTraining, type SignCertificate } from './training';
import type { DemoBusiness, DemoDistrict } from './world';

/*
 * The province scale generated inside PostgreSQL (INSERT … SELECT over generate_series, every
 * attribute drawn from a hash of the row's number and a salt, like bench/setup.ts), with the
 * shapes of the row-by-row generator (README "Demo data"): 500,000 IKM, 5,000,000 visits and
 * their needs load in minutes instead of the hours the rows took through the wire. Training
 * stays the JS generator's (it signs certificates and fills seats from subsector pools); the
 * businesses it trains are read back and their first training day written to the load table.
 *
 * Differences from the row generator (documented in README): a need is opened by the first
 * kept observation of a category and not reopened after it closes; a visit's categories are
 * drawn each with its own chance (weights × the subsector's usual gaps, 1.15 per visit on
 * average) instead of 0–3 drawn by weight.
 */

export type SetBasedInput = {
  rng: Rng;
  seed: number;
  until: string;
  districts: DemoDistrict[];
  /** The officer per regency. */
  officerOf: Map<string, string>;
  formId: string;
  sizes: { businesses: number; visits: number; needs: number; events: number };
  sign: SignCertificate;
  log: (line: string) => void;
};

const runSql = (db: Db, statement: string) => db.execute(sql.raw(statement));
const lit = (s: string) => `'${s.replaceAll("'", "''")}'`;
const arr = (items: readonly string[]) => `ARRAY[${items.map(lit).join(',')}]::text[]`;

/** SQL CASE over a subsector column. */
const bySubsector = (column: string, value: (s: (typeof SUBSECTORS)[number]) => string | number) =>
  `CASE ${column} ${SUBSECTORS.map((s) => `WHEN ${lit(s)} THEN ${value(s)}`).join(' ')} END`;

/** A uniform draw in [0, 1) for a row key and salt (the seed shifts every salt). */
const FUNCTIONS = (seed: number) => [
  `CREATE OR REPLACE FUNCTION pg_temp.u(k bigint, salt int) RETURNS float8 LANGUAGE sql IMMUTABLE AS
     $$ SELECT ((hashint8extended(k, salt + ${seed}::bigint * 1000) >> 11) & 9007199254740991)::float8 / 9007199254740992 $$`,
  `CREATE OR REPLACE FUNCTION pg_temp.n(k bigint, salt int) RETURNS float8 LANGUAGE sql IMMUTABLE AS
     $$ SELECT sqrt(-2 * ln(1 - pg_temp.u(k, salt))) * cos(2 * pi() * pg_temp.u(k, salt + 1)) $$`,
  `CREATE OR REPLACE FUNCTION pg_temp.i(k bigint, salt int, lo int, hi int) RETURNS int LANGUAGE sql IMMUTABLE AS
     $$ SELECT lo + floor(pg_temp.u(k, salt) * (hi - lo + 1))::int $$`,
  `CREATE OR REPLACE FUNCTION pg_temp.uuid(tag text, k bigint) RETURNS uuid LANGUAGE sql IMMUTABLE AS
     $$ SELECT overlay(overlay(md5(${seed} || tag || k) placing '4' from 13) placing '8' from 17)::uuid $$`,
  `CREATE OR REPLACE FUNCTION pg_temp.uuid(tag text) RETURNS uuid LANGUAGE sql IMMUTABLE AS
     $$ SELECT overlay(overlay(md5(${seed} || tag) placing '4' from 13) placing '8' from 17)::uuid $$`,
  // A day at an hour UTC, as the row generator writes `${day}T05:00:00Z`.
  `CREATE OR REPLACE FUNCTION pg_temp.at(day date, hour int) RETURNS timestamptz LANGUAGE sql IMMUTABLE AS
     $$ SELECT (day + make_interval(hours => hour)) AT TIME ZONE 'UTC' $$`,
  // Yearly turnover on a day (world.ts turnoverOn), workers (workersOn), online chance (onlineChance).
  `CREATE OR REPLACE FUNCTION pg_temp.turnover(t0 float8, growth float8, reg date, trained date, supported date, day date)
     RETURNS float8 LANGUAGE sql IMMUTABLE AS $$
     SELECT greatest(5000000, t0 * (1 + growth) ^ greatest(0, (day - reg) / 365.25)
       * CASE WHEN trained IS NOT NULL AND day > trained THEN 1 + 0.15 * least(1, (day - trained) / 365.25) ELSE 1 END
       * CASE WHEN supported IS NOT NULL AND day > supported THEN 1 + 0.25 * least(1, (day - supported) / 365.25) ELSE 1 END) $$`,
  `CREATE OR REPLACE FUNCTION pg_temp.workers(turnover float8, ratio float8) RETURNS int LANGUAGE sql IMMUTABLE AS
     $$ SELECT greatest(1, least(80, round(turnover / 40000000 * ratio)))::int $$`,
  `CREATE OR REPLACE FUNCTION pg_temp.online(o float8, supported date, day date) RETURNS float8 LANGUAGE sql IMMUTABLE AS
     $$ SELECT least(0.95, (0.1 + 0.06 * ((day - DATE '${START_YEAR}-01-01') / 365.25)) * (0.5 + o)
          + CASE WHEN supported IS NOT NULL AND day > supported THEN 0.2 ELSE 0 END) $$`,
];

export async function seedSetBased(db: Db, input: SetBasedInput) {
  const { until, sizes, log } = input;
  const run = (statement: string) => runSql(db, statement);
  const count = async (statement: string) => Number(rowsOf<{ n: number }>(await runSql(db, statement))[0].n);
  for (const f of FUNCTIONS(input.seed)) await run(f);

  // Kecamatan by weight: 10,000 slots, a business takes the slot its hash falls in.
  const d = input.districts;
  const total = d.reduce((a, x) => a + x.share, 0);
  let cum = 0;
  const values = d.map((x) => {
    cum += x.share / total;
    return `(${lit(x.code)}, ${lit(x.regencyCode)}, ${cum}, ${arr(x.villages)}, ${lit(input.officerOf.get(x.regencyCode) ?? input.officerOf.get(x.code) ?? '')}::uuid)`;
  });
  await run(`CREATE TEMP TABLE demo_d (code text, regency text, hi float8, villages text[], officer uuid)`);
  await run(`INSERT INTO demo_d VALUES ${values.join(',')}`);
  await run(`CREATE TEMP TABLE demo_slot AS SELECT s, x.* FROM generate_series(0, 9999) s
    CROSS JOIN LATERAL (SELECT code, regency, villages, officer FROM demo_d WHERE hi > (s + 0.5) / 10000 ORDER BY hi LIMIT 1) x`);
  await run('CREATE UNIQUE INDEX ON demo_slot (s)');

  let sc = 0;
  const subsectorOf = `CASE ${SUBSECTORS.map((s) => {
    sc += SUBSECTOR_PROFILE[s].share;
    return `WHEN pg_temp.u(g, 2) < ${sc} THEN ${lit(s)}`;
  }).join(' ')} ELSE 'lainnya' END`;
  const span = `(DATE ${lit(until)} - DATE '${START_YEAR}-01-01')`;
  const pick = (items: readonly string[], salt: number) =>
    `(${arr(items)})[1 + floor(pg_temp.u(g, ${salt}) * ${items.length})::int]`;
  log('  businesses (set-based)');
  await run(`CREATE TEMP TABLE demo_b AS
    SELECT g, pg_temp.uuid('b', g) AS id, pg_temp.uuid('o', g) AS owner_id, s.code AS district, s.regency,
           s.officer, CASE WHEN cardinality(s.villages) > 0 THEN s.villages[1 + floor(pg_temp.u(g, 3) * cardinality(s.villages))::int] END AS village,
           ${subsectorOf} AS subsector,
           DATE '${START_YEAR}-01-01' + floor((-1 + sqrt(1 + 8 * pg_temp.u(g, 4))) / 2 * ${span})::int AS reg,
           ${pick(NAME_PARTS.first, 5)} || ' ' || ${pick(NAME_PARTS.last, 6)} AS owner_name,
           ${pick(NAME_PARTS.kind, 7)} || ' ' || ${pick(NAME_PARTS.word, 8)} AS name_head,
           pg_temp.n(g, 9) AS z_turnover, 0.04 + 0.08 * pg_temp.n(g, 11) AS growth,
           exp(0.4 * pg_temp.n(g, 13)) AS worker_ratio, pg_temp.u(g, 15) AS online, pg_temp.u(g, 16) < 0.03 AS exporter,
           NULL::date AS trained, NULL::date AS supported, 0 AS visits
      FROM generate_series(1, ${sizes.businesses}) g
      JOIN demo_slot s ON s.s = floor(pg_temp.u(g, 1) * 10000)::int`);
  await run(`UPDATE demo_b SET
      name_head = name_head || ' ' || split_part(owner_name, ' ', 1) || ' ' || g,
      z_turnover = round(${bySubsector('subsector', (s) => SUBSECTOR_PROFILE[s].turnover)} * exp(0.8 * z_turnover) / 1000000) * 1000000,
      supported = CASE WHEN pg_temp.u(g, 17) < 0.2 THEN
        nullif(least(reg + interval '6 months' + pg_temp.i(g, 18, 0, 900) * interval '1 day', DATE ${lit(until)})::date, DATE ${lit(until)}) END`);
  await run('CREATE UNIQUE INDEX ON demo_b (g)');
  await run('CREATE UNIQUE INDEX ON demo_b (id)');
  await run('ANALYZE demo_b');
  await run(`INSERT INTO businesses (id, name, legal_form, subsector, village_code, district_code, regency_code, year_founded,
      export_status, source, source_detail, created_at, updated_at)
    SELECT id, name_head,
           CASE WHEN pg_temp.u(g, 20) < 0.85 THEN 'perorangan' WHEN pg_temp.u(g, 20) < 0.95 THEN 'cv'
                WHEN pg_temp.u(g, 20) < 0.98 THEN 'koperasi' ELSE 'pt' END,
           subsector, village, district, regency, extract(year FROM reg)::int - pg_temp.i(g, 21, 0, 15),
           CASE WHEN exporter THEN 'aktif' WHEN pg_temp.u(g, 22) < 0.04 THEN 'pernah' ELSE 'belum' END,
           'survey', 'demo', pg_temp.at(reg, 3), pg_temp.at(reg, 3)
      FROM demo_b ORDER BY g`);
  await run(`INSERT INTO owners (id, name, gender, source)
    SELECT owner_id, owner_name, CASE WHEN pg_temp.u(g, 23) < 0.5 THEN 'L' ELSE 'P' END, 'survey' FROM demo_b ORDER BY g`);
  await run(
    `INSERT INTO business_owners (business_id, owner_id, is_primary) SELECT id, owner_id, true FROM demo_b ORDER BY g`,
  );

  // Training: the JS generator over the businesses read back (it signs certificates).
  log('  training (rows from the generator)');
  const world = rowsOf<Record<string, unknown>>(
    await runSql(
      db,
      'SELECT id, owner_id, owner_name, name_head, district, regency, subsector, reg::text AS reg FROM demo_b ORDER BY g',
    ),
  ).map(
    (r): DemoBusiness => ({
      id: String(r.id),
      ownerId: String(r.owner_id),
      ownerName: String(r.owner_name),
      name: String(r.name_head),
      districtCode: String(r.district),
      regencyCode: String(r.regency),
      villageCode: null,
      subsector: r.subsector as DemoBusiness['subsector'],
      registeredOn: String(r.reg),
      turnover0: 0,
      growth: 0,
      workerRatio: 1,
      online: 0,
      exporter: false,
      trainedOn: null,
      supportedOn: null,
    }),
  );
  const training = makeTraining(input.rng, sizes.events, world, until, input.sign);
  await bulkInsert(db, trainingEvents, training.events as (typeof trainingEvents.$inferInsert)[]);
  await bulkInsert(db, trainingSessions, training.sessions as (typeof trainingSessions.$inferInsert)[]);
  await bulkInsert(
    db,
    trainingRegistrations,
    training.registrations as (typeof trainingRegistrations.$inferInsert)[],
  );
  await bulkInsert(db, trainingAttendance, training.attendance as (typeof trainingAttendance.$inferInsert)[]);
  await bulkInsert(
    db,
    trainingCertificates,
    training.certificates as (typeof trainingCertificates.$inferInsert)[],
  );
  await bulkInsert(db, trainingFollowups, training.followups as (typeof trainingFollowups.$inferInsert)[]);
  const trained = world.filter((b) => b.trainedOn);
  if (trained.length > 0) {
    await runSql(
      db,
      `UPDATE demo_b b SET trained = t.day FROM unnest('{${trained.map((b) => b.id).join(',')}}'::uuid[],
        '{${trained.map((b) => b.trainedOn).join(',')}}'::date[]) AS t(id, day) WHERE b.id = t.id`,
    );
  }
  log(`  training: ${training.events.length} events, ${training.registrations.length} registrations`);

  // Visits spread by weight (trained businesses twice as often), rounded at random.
  await run(`ALTER TABLE demo_b ADD COLUMN w float8`);
  await run(`UPDATE demo_b SET w = (CASE WHEN trained IS NULL THEN 1 ELSE 2 END) * (0.5 + pg_temp.u(g, 30))`);
  await run(
    `UPDATE demo_b SET visits = floor(w * ${sizes.visits} / (SELECT sum(w) FROM demo_b) + pg_temp.u(g, 31))::int`,
  );
  await run('ANALYZE demo_b');

  log('  snapshots');
  await run(`INSERT INTO business_snapshots (id, business_id, data_year, workers_male, workers_female, turnover_yearly_idr,
      output_value_idr, investment_idr, source, source_detail, recorded_at)
    SELECT pg_temp.uuid('s', k), id, y, wk - f, f, t, round(t * (0.7 + 0.2 * pg_temp.u(k, 42)) / 1000000) * 1000000,
           round(t * 0.3 / 1000000) * 1000000, 'survey', 'demo',
           pg_temp.at(make_date(y + 1, 1, pg_temp.i(k, 43, 10, 28)), 3)
      FROM (SELECT b.id, y, k, t, wk, round(wk * (0.3 + 0.4 * pg_temp.u(k, 41)))::int AS f
              FROM (SELECT b.*, y, g * 100 + (y - 2000) AS k,
                           round(pg_temp.turnover(z_turnover, growth, reg, trained, supported, make_date(y, 7, 1))
                                 * (0.9 + 0.2 * pg_temp.u(g * 100 + (y - 2000), 40)) / 1000000) * 1000000 AS t,
                           pg_temp.workers(pg_temp.turnover(z_turnover, growth, reg, trained, supported, make_date(y, 7, 1)), worker_ratio) AS wk
                      FROM demo_b b CROSS JOIN generate_series(extract(year FROM reg)::int, ${Number(until.slice(0, 4)) - 1}) y) b
             WHERE pg_temp.u(k, 39) < 0.8) s
     ORDER BY id, y`);
  const snapshots = await count('SELECT count(*) AS n FROM business_snapshots');

  // Each category's chance on a visit: its weight (× 2 for the subsector's usual gaps) over the
  // subsector's total, 1.15 categories per visit on average (the row generator's 0–3 mix).
  const catRows: string[] = [];
  for (const s of SUBSECTORS) {
    const favoured = new Set(SUBSECTOR_NEEDS[s] ?? []);
    const weights = NEED_WEIGHTS.map(([c, w]) => [c, favoured.has(c) ? w * 2 : w] as const);
    const sum = weights.reduce((a, [, w]) => a + w, 0);
    for (const [c, w] of weights)
      catRows.push(`(${lit(s)}, ${NEED_CATEGORIES.indexOf(c)}, ${lit(c)}, ${Math.min(1, (1.15 * w) / sum)})`);
  }
  await run('CREATE TEMP TABLE demo_cat (subsector text, ci int, category text, p float8)');
  await run(`INSERT INTO demo_cat VALUES ${catRows.join(',')}`);

  log('  visits');
  const price = bySubsector('b.subsector', (s) => SUBSECTOR_PROFILE[s].piecePrice);
  await run(`CREATE TEMP TABLE demo_v AS
    SELECT b.g, k, pg_temp.uuid('v', k) AS id, day, b.officer,
           pg_temp.u(k, 50) < CASE WHEN b.trained IS NOT NULL AND day > b.trained THEN 0.88 ELSE 0.8 END AS producing,
           pg_temp.turnover(b.z_turnover, b.growth, b.reg, b.trained, b.supported, day) AS yearly,
           pg_temp.online(b.online, b.supported, day) AS online, b.exporter, b.worker_ratio, ${price} AS price,
           ARRAY(SELECT c.category FROM demo_cat c WHERE c.subsector = b.subsector AND pg_temp.u(k, 100 + c.ci) < c.p ORDER BY c.ci) AS needs,
           CASE WHEN day < DATE ${lit(until)} - 30 OR pg_temp.u(k, 51) < 0.3 THEN 'approved' ELSE 'submitted' END AS status
      FROM demo_b b CROSS JOIN generate_series(1, b.visits) j
     CROSS JOIN LATERAL (SELECT b.g * 1000 + j AS k) kk
     CROSS JOIN LATERAL (SELECT greatest(b.reg, DATE '2020-01-01') + floor(pg_temp.u(kk.k, 49)
                           * (DATE ${lit(until)} - greatest(b.reg, DATE '2020-01-01') + 1))::int AS day) dd`);
  const visitTotal = await count('SELECT count(*) AS n FROM demo_v');
  await run(`INSERT INTO visits (id, business_id, officer_id, form_id, form_version, visited_at, visited_on, answers, status,
      version, reviewed_at, created_at, updated_at)
    SELECT v.id, b.id, v.officer, ${lit(input.formId)}::uuid, 1, at, v.day,
           jsonb_strip_nulls(jsonb_build_object(
             'producing', CASE WHEN producing THEN 'yes' ELSE 'no' END,
             'piecesLastMonth', CASE WHEN producing THEN greatest(1, round(t / price)) END,
             'turnoverLastMonth', t,
             'workers', pg_temp.workers(yearly, v.worker_ratio),
             'salesChannels', to_jsonb(array_remove(ARRAY[
                CASE WHEN pg_temp.u(k, 53) < 0.7 THEN 'local_shop' END,
                CASE WHEN pg_temp.u(k, 54) < 0.2 THEN 'exhibition' END,
                CASE WHEN pg_temp.u(k, 55) < v.online THEN 'marketplace' END,
                CASE WHEN pg_temp.u(k, 56) < least(0.95, v.online + 0.25) THEN 'social_media' END,
                CASE WHEN pg_temp.u(k, 57) < 0.3 THEN 'reseller' END,
                CASE WHEN v.exporter THEN 'export' END], NULL)),
             'sellsOutsideCity', CASE WHEN pg_temp.u(k, 58) < v.online THEN 'yes' ELSE 'no' END,
             'exporting', CASE WHEN v.exporter THEN 'yes' ELSE 'no' END,
             'exportCountries', CASE WHEN v.exporter THEN (ARRAY['Belanda','Jepang','Australia','Malaysia'])[1 + floor(pg_temp.u(k, 59) * 4)::int] END,
             'problems', (${arr(PROBLEMS)})[1 + floor(pg_temp.u(k, 60) * ${PROBLEMS.length})::int],
             'observedNeeds', to_jsonb(v.needs),
             'needsNote', CASE WHEN cardinality(v.needs) > 0 THEN (${arr(NEEDS_NOTES)})[1 + floor(pg_temp.u(k, 61) * ${NEEDS_NOTES.length})::int] END)),
           v.status, CASE WHEN v.status = 'approved' THEN 2 ELSE 1 END,
           CASE WHEN v.status = 'approved' THEN at END, at, at
      FROM demo_v v JOIN demo_b b ON b.g = v.g
     CROSS JOIN LATERAL (SELECT pg_temp.at(v.day, pg_temp.i(k, 52, 1, 8)) AS at,
                                CASE WHEN producing THEN round(yearly / 12 * (0.75 + 0.5 * pg_temp.u(k, 62)) / 50000) * 50000 ELSE 0 END AS t) x
     ORDER BY v.g, v.day, v.k`);
  log(`  visits ${visitTotal.toLocaleString('en')}; versions`);
  await run(`INSERT INTO visit_versions (visit_id, version, change, visited_at, form_version, answers, status, actor_id, created_at)
    SELECT v.id, x.version, x.change, v.visited_at, v.form_version, v.answers, x.status, v.officer_id, v.visited_at
      FROM visits v CROSS JOIN (VALUES (1, 'created', 'submitted'), (2, 'approved', 'approved')) AS x(version, change, status)
     WHERE x.version = 1 OR v.status = 'approved'`);

  // Needs: the first kept observation of a category opens it (kept with a chance that gives
  // the scale's count), later ones add evidence until it closes.
  log('  needs');
  const observations = await count('SELECT coalesce(sum(cardinality(needs)), 0) AS n FROM demo_v');
  await run(`CREATE TEMP TABLE demo_obs AS SELECT v.g, v.k, v.id AS visit, v.day, c.category, c.ci
    FROM demo_v v CROSS JOIN LATERAL unnest(v.needs) AS o(category) JOIN (SELECT DISTINCT ci, category FROM demo_cat) c USING (category)`);
  await run('ANALYZE demo_obs');
  const pairs = await count('SELECT count(*) AS n FROM (SELECT DISTINCT g, ci FROM demo_obs) x');
  // Share of pairs that gets a need (each pair has observations/pairs of them on average).
  const perPair = observations / Math.max(1, pairs);
  const wanted = Math.min(0.999, sizes.needs / Math.max(1, pairs));
  const keep = Math.min(1, 1 - (1 - wanted) ** (1 / Math.max(1, perPair)));
  const SUPPORT_FOR: Record<string, string> = {
    capital: 'financing_referral',
    equipment: 'equipment_grant',
    raw_materials: 'mentoring',
    skills: 'training',
    design: 'mentoring',
    packaging: 'mentoring',
    marketing: 'exhibition',
    digital: 'marketplace_onboarding',
    certification: 'certification_facilitation',
    ip: 'certification_facilitation',
    licensing: 'certification_facilitation',
    export: 'exhibition',
    premises: 'financing_referral',
  };
  await run(`CREATE TEMP TABLE demo_n AS
    SELECT n.*, pg_temp.uuid('n', n.g * 100 + n.ci) AS id,
           CASE WHEN pg_temp.u(q, 70) < 0.3 THEN 'high' WHEN pg_temp.u(q, 70) < 0.8 THEN 'medium' ELSE 'low' END AS priority,
           CASE WHEN via_support THEN CASE WHEN met_on <= DATE ${lit(until)} AND pg_temp.u(q, 72) < 0.75 THEN 'met' ELSE 'in_progress' END
                WHEN r < 0.15 AND drop_on <= DATE ${lit(until)} THEN 'not_pursued'
                WHEN r < 0.4 THEN 'planned' ELSE 'identified' END AS status,
           CASE ${NEED_CATEGORIES.map((c) => `WHEN n.category = ${lit(c)} THEN ${lit(SUPPORT_FOR[c])}`).join(' ')} END AS support_type
      FROM (SELECT f.*, f.g * 100 + f.ci AS q, b.id AS business, b.district, b.regency, b.supported,
                   b.supported IS NOT NULL AND b.supported > f.day AND pg_temp.u(f.g * 100 + f.ci, 71) < 0.7 AS via_support,
                   b.supported + pg_temp.i(f.g * 100 + f.ci, 73, 30, 150) AS met_on,
                   pg_temp.u(f.g * 100 + f.ci, 74) AS r, f.day + pg_temp.i(f.g * 100 + f.ci, 75, 60, 300) AS drop_on,
                   least(f.day + pg_temp.i(f.g * 100 + f.ci, 76, 7, 40), DATE ${lit(until)}) AS planned_on
              FROM (SELECT DISTINCT ON (g, ci) g, ci, category, k, visit, day FROM demo_obs
                     WHERE pg_temp.u(k, 200 + ci) < ${keep} ORDER BY g, ci, day, k) f
              JOIN demo_b b ON b.g = f.g) n`);
  await run(`ALTER TABLE demo_n ADD COLUMN closed date`);
  await run(
    `UPDATE demo_n SET closed = CASE status WHEN 'met' THEN met_on WHEN 'not_pursued' THEN drop_on END`,
  );
  await run('ANALYZE demo_n');
  // The opening visit's note (the same draw as its needsNote answer).
  const notes = `(${arr(NEEDS_NOTES)})[1 + floor(pg_temp.u(n.k, 61) * ${NEEDS_NOTES.length})::int]`;
  await run(`INSERT INTO needs (id, business_id, district_code, category, priority, description, status, evidence_source,
      evidence_ref, identified_on, closed_at, created_at, updated_at)
    SELECT id, business, district, category, priority,
           coalesce(${notes}, CASE category ${NEED_CATEGORIES.map((c) => `WHEN ${lit(c)} THEN ${lit(NEED_LABELS[c].id)}`).join(' ')} END),
           status, 'visit', visit::text, day, pg_temp.at(closed, 5),
           pg_temp.at(day, 5), pg_temp.at(coalesce(closed, day), 5)
      FROM demo_n n ORDER BY g, ci`);
  const needTotal = await count('SELECT count(*) AS n FROM demo_n');

  // Support: one intervention per kind, month and regency reaching its businesses (need-rows.ts).
  const VALUE: Record<string, [number, number]> = {
    training: [1_500_000, 3_000_000],
    equipment_grant: [5_000_000, 25_000_000],
    certification_facilitation: [2_000_000, 6_000_000],
    exhibition: [3_000_000, 10_000_000],
    marketplace_onboarding: [500_000, 2_000_000],
    mentoring: [1_000_000, 3_000_000],
    financing_referral: [0, 0],
  };
  const DELIVERER: Record<string, [string, string]> = {
    training: ['office', 'Diskopindag'],
    equipment_grant: ['office', 'Diskopindag'],
    certification_facilitation: ['partner_agency', 'Dinas Kesehatan / LPPOM'],
    exhibition: ['office', 'Diskopindag'],
    marketplace_onboarding: ['university', 'Universitas Brawijaya'],
    mentoring: ['university', 'Politeknik Negeri Malang'],
    financing_referral: ['bank', 'Bank Jatim (KUR)'],
  };
  const types = Object.keys(VALUE);
  const typeCase = (f: (t: string) => string) =>
    `CASE type ${types.map((t) => `WHEN ${lit(t)} THEN ${f(t)}`).join(' ')} END`;
  await run(`CREATE TEMP TABLE demo_sb AS
    SELECT DISTINCT type, month, regency, g, business FROM (
      SELECT support_type AS type, date_trunc('month', supported)::date AS month, regency, g, business FROM demo_n WHERE via_support
      UNION ALL
      SELECT 'mentoring', date_trunc('month', supported)::date, regency, g, id FROM demo_b b
       WHERE supported IS NOT NULL AND NOT EXISTS (SELECT 1 FROM demo_n n WHERE n.g = b.g AND n.via_support)) x`);
  await run(`ALTER TABLE demo_sb ADD COLUMN support uuid`);
  await run(`UPDATE demo_sb SET support = pg_temp.uuid('si' || type || month || regency)`);
  await run(`INSERT INTO support_interventions (id, type, date, value_idr, delivered_by_kind, delivered_by_name, title)
    SELECT support, type, month + 14,
           sum(round((${typeCase((t) => String(VALUE[t][0]))} + ${typeCase((t) => String(VALUE[t][1] - VALUE[t][0]))}
                      * pg_temp.u(g, hashtext(type))) / 100000) * 100000)::bigint,
           ${typeCase((t) => lit(DELIVERER[t][0]))}, ${typeCase((t) => lit(DELIVERER[t][1]))},
           'Demo ' || type || ' ' || to_char(month, 'YYYY-MM')
      FROM demo_sb GROUP BY support, type, month`);
  // A finished training is support for the participants who earned a certificate.
  await run(`INSERT INTO support_interventions (id, type, date, value_idr, delivered_by_kind, delivered_by_name, title, training_event_id)
    SELECT pg_temp.uuid('st' || e.id), 'training', e.end_date, count(*) * 2000000, 'office', 'Diskopindag', e.title_id, e.id
      FROM training_events e JOIN training_registrations r ON r.event_id = e.id
      JOIN training_certificates c ON c.registration_id = r.id
     GROUP BY e.id, e.end_date, e.title_id`);
  await run(
    `INSERT INTO support_businesses (support_id, business_id) SELECT support, business FROM demo_sb ORDER BY support, business`,
  );
  await run(`INSERT INTO support_businesses (support_id, business_id)
    SELECT DISTINCT pg_temp.uuid('st' || r.event_id), r.business_id
      FROM training_registrations r JOIN training_certificates c ON c.registration_id = r.id`);
  await run(`INSERT INTO support_needs (support_id, need_id)
    SELECT pg_temp.uuid('si' || support_type || date_trunc('month', supported)::date || regency), id FROM demo_n WHERE via_support`);
  const supports = await count('SELECT count(*) AS n FROM support_interventions');

  log('  need history and evidence');
  await run(`INSERT INTO need_status_history (need_id, from_status, to_status, source, support_id, at)
    SELECT id, NULL, 'identified', 'visit', NULL::uuid, pg_temp.at(day, 5) FROM demo_n
    UNION ALL
    SELECT id, 'identified', 'in_progress', 'support',
           pg_temp.uuid('si' || support_type || date_trunc('month', supported)::date || regency),
           pg_temp.at(supported, 5) FROM demo_n WHERE via_support
    UNION ALL
    SELECT id, 'in_progress', 'met', 'manual', NULL, pg_temp.at(met_on, 5) FROM demo_n WHERE status = 'met'
    UNION ALL
    SELECT id, 'identified', 'not_pursued', 'manual', NULL, pg_temp.at(drop_on, 5) FROM demo_n WHERE status = 'not_pursued'
    UNION ALL
    SELECT id, 'identified', 'planned', 'manual', NULL, pg_temp.at(planned_on, 5) FROM demo_n WHERE status = 'planned'`);
  await run(`INSERT INTO need_evidence (need_id, source, ref, visit_id, observed_on)
    SELECT n.id, 'visit', o.visit::text, o.visit, o.day
      FROM demo_n n JOIN demo_obs o ON o.g = n.g AND o.ci = n.ci
     WHERE (o.day, o.k) >= (n.day, n.k) AND (n.closed IS NULL OR n.closed > o.day)`);
  for (const t of ['demo_n', 'demo_obs', 'demo_sb', 'demo_v', 'demo_cat', 'demo_b', 'demo_slot', 'demo_d'])
    await run(`DROP TABLE ${t}`);
  log(`  needs ${needTotal.toLocaleString('en')}, support ${supports.toLocaleString('en')} interventions`);
  return {
    businesses: sizes.businesses,
    visits: visitTotal,
    snapshots,
    events: training.events.length,
    registrations: training.registrations.length,
    needs: needTotal,
    supports,
    world,
  };
}
