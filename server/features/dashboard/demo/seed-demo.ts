import { randomBytes } from 'node:crypto';
import { addDays, addMonths, officeDate } from '#core/time';
import { bulkInsert } from '#server/db/bulk';
import type { Database, Db } from '#server/db/client';
import {
  businesses,
  businessOwners,
  businessSnapshots,
  needEvidence,
  needStatusHistory,
  needs,
  owners,
  supportBusinesses,
  supportInterventions,
  supportNeeds,
  trainingAttendance,
  trainingCertificates,
  trainingEvents,
  trainingFollowups,
  trainingRegistrations,
  trainingSessions,
  users,
  visits,
} from '#server/db/schema';
import { hashPassword } from '#server/features/auth/service';
import { signPayload } from '#server/features/training/service';
import {
  countDemoBusinesses,
  currentFormId,
  deferRollups,
  districtsOf,
  dropForLoad,
  onOneConnection,
  rebuildRollups,
  restoreAfterLoad,
  tuneBulkSession,
  versionsOfVisits,
} from '../queries/demo';
import { businessRows, type Row, snapshotRows, visitRows } from './business-rows';
import { needRows, type SupportBucket } from './need-rows';
import { SCALES, type Scale } from './profile';
import { Rng } from './random';
import { seedSetBased } from './set-based';
import { makeTraining } from './training';
import { type DemoBusiness, makeBusiness, weighDistricts } from './world';

export type SeedDemoOptions = {
  scale: Scale;
  /** The regency (city) the office serves; the province scale takes its whole province. */
  homeRegionCode: string;
  /** DATA_DIR: certificates are signed with the training feature's key kept there. */
  dataDir: string;
  /** Last day of the data (default today on the office's clock). */
  until?: string;
  seed?: number;
  /**
   * Generate the rows inside PostgreSQL (set-based.ts): the default for the province scale on
   * PostgreSQL; the city scale keeps the row generator (tests read its exact rows).
   */
  setBased?: boolean;
  /** false: leave the rollup empty (a later migration or `SELECT dash_rebuild()` fills it). */
  rebuild?: boolean;
  /** Replaces the sizes of the scale (bench and tests use small ones). */
  sizes?: Partial<(typeof SCALES)[Scale]>;
  log?: (line: string) => void;
};

export type SeedDemoResult = {
  businesses: number;
  visits: number;
  snapshots: number;
  events: number;
  registrations: number;
  needs: number;
  supports: number;
  until: string;
  /** Kept for the needs and support step. */
  world: DemoBusiness[];
};

const CHUNK = 2_000;
/** Businesses generated between two yields to the event loop (the previous chunk's inserts go on meanwhile). */
const SLICE = 100;
const yieldNow = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Spreads `total` visits over businesses by weight (trained ones are visited twice as often). */
function visitCounts(rng: Rng, world: DemoBusiness[], total: number): number[] {
  const weights = world.map((b) => (b.trainedOn ? 2 : 1) * (0.5 + rng.next()));
  const sum = weights.reduce((a, w) => a + w, 0);
  const counts = weights.map((w) => Math.floor((total * w) / sum));
  let left = total - counts.reduce((a, c) => a + c, 0);
  while (left > 0) {
    counts[rng.int(0, counts.length - 1)] += 1;
    left -= 1;
  }
  return counts;
}

/**
 * Fills a database with a realistic, reproducible office: businesses, owners (names only),
 * yearly snapshots, monitoring visits, training events with attendance, certificates and
 * follow-ups. Rows go in 1,000 per statement (bulkInsert), while the next chunk of businesses
 * is generated; the loaded tables' plain indexes and foreign keys are dropped for the load and
 * built (checked) once at the end, and the dashboard rollups are rebuilt once instead of row by row. Province scale
 * (500,000 IKM, 5,000,000 visits) on PostgreSQL: see README "Demo data".
 */
export async function seedDemo(database: Database, options: SeedDemoOptions): Promise<SeedDemoResult> {
  return onOneConnection(database, (db) => seedOn(db, options, database.kind === 'postgres'));
}

async function seedOn(db: Db, options: SeedDemoOptions, postgres: boolean): Promise<SeedDemoResult> {
  const log = options.log ?? (() => {});
  const sizes = { ...SCALES[options.scale], ...options.sizes };
  const until = options.until ?? officeDate();
  const rng = new Rng(options.seed ?? 2021_02_22);
  if ((await countDemoBusinesses(db)) > 0) throw new Error('this database already holds demo data');
  const formId = await currentFormId(db);
  if (!formId) throw new Error('no visit form: prepare the database first');
  const area = options.scale === 'city' ? options.homeRegionCode : options.homeRegionCode.slice(0, 2);
  const districts = weighDistricts(rng, await districtsOf(db, area));
  if (districts.length === 0) throw new Error(`no kecamatan under ${area}: regions not loaded`);

  // One field officer per kecamatan (city) or per regency (province); nobody knows their password.
  const officerOf = new Map<string, string>();
  const officerRows: Row[] = [];
  const passwordHash = await hashPassword(randomBytes(24).toString('base64url'));
  for (const d of districts) {
    const key = options.scale === 'city' ? d.code : d.regencyCode;
    if (!officerOf.has(key)) {
      const id = rng.uuid();
      officerOf.set(key, id);
      officerRows.push({
        id,
        email: `petugas.${key.replaceAll('.', '')}@demo.invalid`,
        name: `Petugas ${options.scale === 'city' ? d.name : key}`,
        passwordHash,
        role: 'officer',
        kecamatanCodes: districts
          .filter((x) => (options.scale === 'city' ? x.code : x.regencyCode) === key)
          .map((x) => x.code),
      });
    }
  }
  if (postgres) await tuneBulkSession(db);
  await deferRollups(db, true);
  const dropped = await dropForLoad(db);
  try {
    await bulkInsert(db, users, officerRows as (typeof users.$inferInsert)[], { onConflictDoNothing: true });
    if (options.setBased ?? (postgres && options.scale === 'province')) {
      const made = await seedSetBased(db, {
        rng,
        seed: options.seed ?? 2021_02_22,
        until,
        districts,
        officerOf,
        formId,
        sizes,
        sign: (payload) => signPayload({ dataDir: options.dataDir }, payload),
        log,
      });
      return { ...made, until };
    }
    const world = Array.from({ length: sizes.businesses }, (_, i) =>
      makeBusiness(rng, i + 1, districts, until),
    );
    const training = makeTraining(rng, sizes.events, world, until, (payload) =>
      signPayload({ dataDir: options.dataDir }, payload),
    );
    // A fifth of the businesses get support between half a year and three years after registering.
    for (const b of world) {
      if (!rng.chance(0.2)) continue;
      const on = addDays(addMonths(b.registeredOn, 6), rng.int(0, 900));
      if (on < until) b.supportedOn = on;
    }
    const counts = visitCounts(rng, world, sizes.visits);
    let visitTotal = 0;
    let snapshotTotal = 0;
    let needTotal = 0;
    const buckets = new Map<string, SupportBucket>();
    // About 0.78 new categories are seen per visit; keep enough of them for the scale's count.
    const keep = Math.min(1, sizes.needs / (sizes.visits * 0.78));
    // The inserts of one chunk run on the database while the next chunk is generated.
    let pending: Promise<void> = Promise.resolve();
    for (let i = 0; i < world.length; i += CHUNK) {
      const part = world.slice(i, i + CHUNK);
      const b: Row[] = [];
      const o: Row[] = [];
      const l: Row[] = [];
      const s: Row[] = [];
      const v: Row[] = [];
      const n: Row[] = [];
      const nh: Row[] = [];
      const ne: Row[] = [];
      for (let j = 0; j < part.length; j++) {
        if (j % SLICE === 0) await yieldNow();
        const item = part[j];
        const rows = businessRows(item, rng);
        b.push(rows.business);
        o.push(rows.owner);
        l.push(rows.link);
        s.push(...snapshotRows(item, rng, until));
        const key = options.scale === 'city' ? item.districtCode : item.regencyCode;
        const made = visitRows(item, rng, counts[i + j], until, {
          officerId: officerOf.get(key) ?? '',
          formId,
        });
        v.push(...made.visits);
        const found = needRows(item, rng, made.visits, until, keep, buckets);
        n.push(...found.needs);
        nh.push(...found.history);
        ne.push(...found.evidence);
      }
      await pending;
      needTotal += n.length;
      visitTotal += v.length;
      snapshotTotal += s.length;
      const progress = `  businesses ${Math.min(i + CHUNK, world.length).toLocaleString('en')} / ${world.length.toLocaleString('en')}, visits ${visitTotal.toLocaleString('en')}`;
      pending = (async () => {
        await bulkInsert(db, businesses, b as (typeof businesses.$inferInsert)[]);
        await bulkInsert(db, owners, o as (typeof owners.$inferInsert)[]);
        await bulkInsert(db, businessOwners, l as (typeof businessOwners.$inferInsert)[]);
        await bulkInsert(db, businessSnapshots, s as (typeof businessSnapshots.$inferInsert)[]);
        await bulkInsert(db, visits, v as (typeof visits.$inferInsert)[]);
        await versionsOfVisits(
          db,
          v.map((x) => String(x.id)),
        );
        await bulkInsert(db, needs, n as (typeof needs.$inferInsert)[]);
        await bulkInsert(db, needStatusHistory, nh as (typeof needStatusHistory.$inferInsert)[]);
        await bulkInsert(db, needEvidence, ne as (typeof needEvidence.$inferInsert)[]);
        log(progress);
      })();
      // A failed insert must not wait for the next chunk's generation to be noticed as unhandled.
      pending.catch(() => {});
    }
    await pending;
    await bulkInsert(db, trainingEvents, training.events as (typeof trainingEvents.$inferInsert)[]);
    await bulkInsert(db, trainingSessions, training.sessions as (typeof trainingSessions.$inferInsert)[]);
    await bulkInsert(
      db,
      trainingRegistrations,
      training.registrations as (typeof trainingRegistrations.$inferInsert)[],
    );
    await bulkInsert(
      db,
      trainingAttendance,
      training.attendance as (typeof trainingAttendance.$inferInsert)[],
    );
    await bulkInsert(
      db,
      trainingCertificates,
      training.certificates as (typeof trainingCertificates.$inferInsert)[],
    );
    await bulkInsert(db, trainingFollowups, training.followups as (typeof trainingFollowups.$inferInsert)[]);
    log(`  training: ${training.events.length} events, ${training.registrations.length} registrations`);
    // A finished training is support for the participants who earned a certificate.
    const certified = new Set(training.certificates.map((c) => c.registrationId));
    const certifiedOf = new Map<unknown, typeof training.registrations>();
    for (const r of training.registrations) {
      if (!certified.has(r.id)) continue;
      const list = certifiedOf.get(r.eventId);
      if (list) list.push(r);
      else certifiedOf.set(r.eventId, [r]);
    }
    for (const e of training.events) {
      const reached = certifiedOf.get(e.id) ?? [];
      if (reached.length === 0) continue;
      buckets.set(`event|${e.id}`, {
        row: {
          id: rng.uuid(),
          type: 'training',
          date: e.endDate,
          valueIdr: reached.length * 2_000_000,
          deliveredByKind: 'office',
          deliveredByName: 'Diskopindag',
          title: e.titleId,
          trainingEventId: e.id,
        },
        businesses: new Set(reached.map((r) => String(r.businessId))),
        needs: [],
      });
    }
    const supports = [...buckets.values()];
    await bulkInsert(
      db,
      supportInterventions,
      supports.map((x) => x.row) as (typeof supportInterventions.$inferInsert)[],
    );
    await bulkInsert(
      db,
      supportBusinesses,
      supports.flatMap((x) =>
        [...x.businesses].map((businessId) => ({ supportId: String(x.row.id), businessId })),
      ),
    );
    await bulkInsert(
      db,
      supportNeeds,
      supports.flatMap((x) => x.needs.map((needId) => ({ supportId: String(x.row.id), needId }))),
    );
    log(
      `  needs ${needTotal.toLocaleString('en')}, support ${supports.length.toLocaleString('en')} interventions`,
    );
    return {
      businesses: world.length,
      visits: visitTotal,
      snapshots: snapshotTotal,
      events: training.events.length,
      registrations: training.registrations.length,
      needs: needTotal,
      supports: supports.length,
      until,
      world,
    };
  } finally {
    log(`  building indexes and checking foreign keys (${dropped.length})`);
    await restoreAfterLoad(db, dropped);
    await deferRollups(db, false);
    if (options.rebuild !== false) {
      log('  rebuilding dashboard rollups');
      await rebuildRollups(db);
    }
  }
}
