import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Database } from '#server/db/client';
import { countRegions, upsertRegions } from '../queries/regions';

/*
 * Kemendagri regions from idn-area-data v3 (ODbL; attribution in README and About page).
 * ~91k rows load at first start and once per test run into the template database, so rows go
 * in as a few multi-row INSERTs and a loaded database is detected with one count.
 */

type RegionRow = { code: string; parentCode: string | null; level: string; name: string };

const BATCH = 5_000;
const FILES = [
  { file: 'provinces.csv', level: 'province', parentColumn: null },
  { file: 'regencies.csv', level: 'regency', parentColumn: 1 },
  { file: 'districts.csv', level: 'district', parentColumn: 1 },
  { file: 'villages.csv', level: 'village', parentColumn: 1 },
] as const;

function dataDir(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('idn-area-data/package.json')), 'data');
}

// Province and regency names come in capitals ("KOTA MALANG"); pickers read better in title case.
const KEEP_UPPER = new Set(['DKI', 'DI']);
function titleCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name
    .split(' ')
    .map((w) => (KEEP_UPPER.has(w) ? w : w.charAt(0) + w.slice(1).toLowerCase()))
    .join(' ');
}

type RegionFile = { level: string; parentColumn: number | null; text: string };

async function readRegionFiles(dir: string): Promise<RegionFile[]> {
  return Promise.all(
    FILES.map(async ({ file, level, parentColumn }) => ({
      level,
      parentColumn,
      text: await readFile(path.join(dir, file), 'utf8'),
    })),
  );
}

const countLines = (files: RegionFile[]) =>
  files.reduce((n, f) => n + f.text.split('\n').filter((l) => l.trim() !== '').length - 1, 0);

/** The CSVs have no quoted fields (names carry `"` and `'` literally), so a plain split is exact. */
function parseRegionFiles(files: RegionFile[]): RegionRow[] {
  const rows: RegionRow[] = [];
  for (const { level, parentColumn, text } of files) {
    for (const line of text.split(/\r?\n/).slice(1)) {
      if (line.trim() === '') continue;
      const cells = line.split(',');
      rows.push({
        code: cells[0],
        parentCode: parentColumn === null ? null : cells[parentColumn],
        level,
        name: titleCase(
          cells
            .slice(parentColumn === null ? 1 : 2)
            .join(',')
            .trim(),
        ),
      });
    }
  }
  return rows;
}

export async function readRegionRows(dir = dataDir()): Promise<RegionRow[]> {
  return parseRegionFiles(await readRegionFiles(dir));
}

/**
 * Loads (or tops up) the region table; a database that already has every row is recognized
 * from a line count and one COUNT(*), without parsing the files.
 */
export async function seedRegions(database: Database): Promise<{ inserted: number; skipped: boolean }> {
  const files = await readRegionFiles(dataDir());
  if ((await countRegions(database)) >= countLines(files)) return { inserted: 0, skipped: true };
  const rows = parseRegionFiles(files);
  for (let i = 0; i < rows.length; i += BATCH) {
    await upsertRegions(database, rows.slice(i, i + BATCH));
  }
  return { inserted: rows.length, skipped: false };
}

/** The SEEDERS entry (server/prepare.ts). */
export async function regionsSeeder(database: Database): Promise<void> {
  await seedRegions(database);
}
