import { benchCatalog } from './catalog';
import { benchDashboard } from './dashboard';
import { benchImport } from './import';
import { benchLoad } from './load';
import { benchMonitoring } from './monitoring';
import { benchSearch } from './search';
import { adminContext, benchDatabase, seedBusinesses } from './setup';
import { benchTraining } from './training';

// Figures, never pass/fail: each is printed next to a baseline measured in the same run.
const BUSINESSES = Number(process.env.BENCH_BUSINESSES ?? 100_000);
const IMPORT_ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 10_000);

/**
 * `BENCH_ONLY=registry` (search and import), `monitoring`, `catalog`, `training`, `dashboard` or `load` (search and
 * create at 30 connections on PGlite and, when a PostgreSQL URL is set, PostgreSQL) runs one part;
 * unset runs every part.
 */
const ONLY = process.env.BENCH_ONLY;

const started = performance.now();
if (!ONLY || ONLY === 'load') await benchLoad();
if (!ONLY || ONLY === 'catalog') {
  // The catalog part serves pages from its own database (its own products, no 100k registry).
  const catalogDb = await benchDatabase();
  try {
    await benchCatalog(catalogDb);
  } finally {
    await catalogDb.close();
  }
}
if (!ONLY || ONLY === 'dashboard') {
  // The dashboard part fills its own database with the city-scale demo office.
  const dashboardDb = await benchDatabase();
  try {
    await benchDashboard(dashboardDb);
  } finally {
    await dashboardDb.close();
  }
}
if (ONLY !== 'catalog' && ONLY !== 'load' && ONLY !== 'dashboard') {
  const database = await benchDatabase();
  try {
    if (ONLY === 'monitoring') {
      await benchMonitoring(database);
    } else if (ONLY === 'training') {
      await benchTraining(database);
    } else {
      const ctx = adminContext(database);
      const seedStart = performance.now();
      await seedBusinesses(database, BUSINESSES);
      console.log(
        `Bina Kriya bench — PGlite in memory, Node ${process.version}, ${BUSINESSES.toLocaleString('en')} businesses seeded in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`,
      );
      await benchSearch(database, ctx, BUSINESSES);
      await benchImport(database, ctx, IMPORT_ROWS);
      if (ONLY !== 'registry') {
        await benchMonitoring(database);
        await benchTraining(database);
      }
    }
  } finally {
    await database.close();
  }
}
console.log(`\ntotal bench time ${((performance.now() - started) / 1000).toFixed(0)} s`);
