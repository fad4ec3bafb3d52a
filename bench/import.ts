import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '#server/db/client';
import { startImport } from '#server/features/registry/service';
import { generatedRow, generatedWorkbook } from '#server/features/registry/service/import/fixtures/generated';
import type { ServiceContext } from '#server/lib/context';
import { table, withPeakMemory } from './stats';

function csvField(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The baseline: the same rows, already clean, loaded with one COPY into the same tables
 * (businesses, owners, their links and a snapshot each). What the importer adds on top —
 * reading XLSX, normalizing, matching, NIK encryption, audit — is the ratio.
 */
async function copyBaseline(database: Database, count: number): Promise<number> {
  if (database.driver.kind !== 'pglite') throw new Error('bench runs on PGlite');
  const client = database.driver.client;
  const districts = ['35.73.01', '35.73.02', '35.73.03', '35.73.04', '35.73.05'];
  const b: string[] = [];
  const o: string[] = [];
  const l: string[] = [];
  const s: string[] = [];
  for (let i = 0; i < count; i++) {
    const row = generatedRow(i);
    const bid = crypto.randomUUID();
    const oid = crypto.randomUUID();
    b.push([bid, `COPY ${row[1]}`, districts[i % 5], '35.73', 'lainnya', 'import'].map(csvField).join(','));
    o.push([oid, row[2], 'import'].map(csvField).join(','));
    l.push(`${bid},${oid}`);
    s.push([bid, 2024, row[8], row[9], (12 + (i % 50)) * 1_000_000, 'import'].map(csvField).join(','));
  }
  const start = performance.now();
  await client.transaction(async (tx) => {
    const txCopy = (sqlText: string, lines: string[]) =>
      tx.query(sqlText, [], { blob: new Blob([`${lines.join('\n')}\n`]) });
    await txCopy(
      "COPY businesses (id, name, district_code, regency_code, subsector, source) FROM '/dev/blob' WITH (FORMAT csv)",
      b,
    );
    await txCopy("COPY owners (id, name, source) FROM '/dev/blob' WITH (FORMAT csv)", o);
    await txCopy("COPY business_owners (business_id, owner_id) FROM '/dev/blob' WITH (FORMAT csv)", l);
    await txCopy(
      "COPY business_snapshots (business_id, data_year, workers_male, workers_female, turnover_yearly_idr, source) FROM '/dev/blob' WITH (FORMAT csv)",
      s,
    );
  });
  return (performance.now() - start) / 1000;
}

export async function benchImport(database: Database, ctx: ServiceContext, count: number) {
  const file = await generatedWorkbook(count);
  const target = path.join(os.tmpdir(), `bk-bench-${process.pid}.xlsx`);
  await writeFile(target, file);
  const before = process.memoryUsage();
  const start = performance.now();
  const { result, rssMiB, heapMiB } = await withPeakMemory(() =>
    startImport(
      ctx,
      { path: target, fileName: 'bench.xlsx', hash: 'bench', size: file.length },
      { dryRun: false, async: false },
      'id',
    ),
  );
  const importSeconds = (performance.now() - start) / 1000;
  if (result.accepted) throw new Error('unexpected async import');
  const counts = result.result;
  const copySeconds = await copyBaseline(database, count);
  console.log(
    `\n(b) Import of a ${count.toLocaleString('en')}-row XLSX (${(file.length / 2 ** 20).toFixed(1)} MiB) into the same database\n`,
  );
  console.log(
    table(
      ['load', 'seconds', 'rows/s', 'vs COPY'],
      [
        [
          'baseline: COPY of the same rows (4 tables)',
          copySeconds.toFixed(2),
          Math.round(count / copySeconds),
          '1.0',
        ],
        [
          'POST /api/businesses/import (service)',
          importSeconds.toFixed(2),
          Math.round(count / importSeconds),
          (importSeconds / copySeconds).toFixed(1),
        ],
      ],
    ),
  );
  console.log(
    `\ncounts: total ${counts.total}, created ${counts.created}, updated ${counts.updated}, duplicates ${counts.duplicates}, rejected ${counts.rejected}`,
  );
  console.log(
    `memory during the import: peak RSS ${rssMiB.toFixed(0)} MiB (before ${(before.rss / 2 ** 20).toFixed(0)} MiB), peak heap ${heapMiB.toFixed(0)} MiB (before ${(before.heapUsed / 2 ** 20).toFixed(0)} MiB)`,
  );
  console.log(
    `target: under 15 s → ${importSeconds < 15 ? 'met' : 'NOT met'} (${importSeconds.toFixed(1)} s)`,
  );
}
