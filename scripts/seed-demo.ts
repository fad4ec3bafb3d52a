import { parseArgs } from 'node:util';
import { loadConfig } from '#server/config';
import { openDatabase } from '#server/db/client';
import { seedDemo } from '#server/features/dashboard/service';
import { prepareDatabase } from '#server/prepare';

/*
 * `npm run seed:demo -- --scale city|province [--until YYYY-MM-DD] [--seed N]`: fills the
 * configured database (DATABASE_URL, else the PGlite in DATA_DIR) with the demo office described
 * in README "Demo data". Start from an empty database; the same seed and day give the same rows.
 */
const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: 'city' },
    until: { type: 'string' },
    seed: { type: 'string' },
    businesses: { type: 'string' },
    visits: { type: 'string' },
    events: { type: 'string' },
  },
});
if (values.scale !== 'city' && values.scale !== 'province') {
  console.error('--scale must be city or province');
  process.exit(2);
}
if (values.until && !/^\d{4}-\d{2}-\d{2}$/.test(values.until)) {
  console.error('--until must be a day like 2026-11-30');
  process.exit(2);
}
const config = loadConfig();
// One connection: the flag that defers the dashboard rollups lives on the session.
const database = await openDatabase(config.db.kind === 'postgres' ? { ...config.db, max: 1 } : config.db);
const started = performance.now();
try {
  await prepareDatabase(database);
  const num = (v: string | undefined) => (v === undefined ? undefined : Number(v));
  const sizes = Object.fromEntries(
    Object.entries({
      businesses: num(values.businesses),
      visits: num(values.visits),
      events: num(values.events),
    }).filter(([, v]) => v !== undefined),
  );
  const result = await seedDemo(database, {
    scale: values.scale,
    homeRegionCode: config.HOME_REGION_CODE,
    dataDir: config.dataDir,
    until: values.until,
    seed: num(values.seed),
    sizes,
    log: (line) => console.log(line),
  });
  console.log(
    `demo ${values.scale}: ${result.businesses.toLocaleString('en')} businesses, ${result.visits.toLocaleString('en')} visits, ${result.snapshots.toLocaleString('en')} snapshots, ${result.needs.toLocaleString('en')} needs, ${result.supports} support interventions, ${result.events} events, ${result.registrations.toLocaleString('en')} registrations up to ${result.until} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
} finally {
  await database.close();
}
