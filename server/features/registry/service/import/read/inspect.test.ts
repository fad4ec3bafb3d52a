import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cell, repeat, workbook } from '#server/abuse/zip';
import { AppError } from '#server/lib/errors';
import { FILE_LIMITS, type InspectReport, inspectUpload } from './inspect';

/*
 * The inspection stops AT a limit, while streaming: what it read before refusing is bounded by
 * the limit plus one inflated chunk, however large the file would expand. (The abuse suite
 * replays the same files through the API with the health check running.)
 */

const MB = 1024 * 1024;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'bk-inspect-'));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

async function inspect(
  file: Buffer,
  kind: 'xlsx' | 'csv',
  limits: Parameters<typeof inspectUpload>[2] = FILE_LIMITS,
) {
  const at = path.join(dir, `f-${Math.random().toString(16).slice(2)}`);
  await writeFile(at, file);
  const report: InspectReport = { inflatedBytes: 0 };
  try {
    await inspectUpload(at, kind, limits, report);
    return { error: null, report };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { error, report };
  }
}

const header = `<row r="1">${cell('A1', 'Nama IKM')}${cell('B1', 'Kecamatan')}</row>`;

describe('limits checked while streaming', () => {
  it('a 200 MB cell behind a lying zip size: refused after reading about the cell limit, not the cell', async () => {
    const file = await workbook({
      sheetDeclaredSize: 4096,
      sheetData: function* () {
        yield Buffer.from(`${header}<row r="2"><c r="A2" t="inlineStr"><is><t>`);
        yield* repeat('B', 200 * MB);
        yield Buffer.from('</t></is></c></row>');
      },
    });
    const { error, report } = await inspect(file, 'xlsx');
    expect(error?.status).toBe(422);
    expect(report.inflatedBytes).toBeLessThan(FILE_LIMITS.maxRunBytes + 2 * MB);
  });

  it('200,000 rows: refused at the row limit, before the rest of the sheet is inflated', async () => {
    const row = (n: number) => `<row r="${n}">${cell(`A${n}`, `UD ${n}`)}${cell(`B${n}`, 'Klojen')}</row>`;
    const file = await workbook({
      sheetData: function* () {
        yield Buffer.from(header);
        for (let n = 2; n <= 200_001; n += 1000) {
          let batch = '';
          for (let k = n; k < n + 1000; k++) batch += row(k);
          yield Buffer.from(batch);
        }
      },
    });
    const total = 200_000 * row(100_000).length;
    const { error, report } = await inspect(file, 'xlsx');
    expect(error?.status).toBe(413);
    expect(report.inflatedBytes).toBeLessThan(total * 0.6);
  });

  it('millions of tiny shared strings (each under every size limit): 413 at the shared-string count', async () => {
    const limits = { ...FILE_LIMITS, maxSharedStrings: 10_000 };
    const file = await workbook({
      sharedStrings: function* () {
        for (let i = 0; i < 100; i++) yield Buffer.from('<si><t>x</t></si>'.repeat(1000));
      },
      sheetData: () => [Buffer.from(`${header}<row r="2"><c r="A2" t="s"><v>0</v></c></row>`)],
    });
    const { error, report } = await inspect(file, 'xlsx', limits);
    expect(error?.status).toBe(413);
    expect(report.inflatedBytes).toBeLessThan(100 * 1000 * 17 * 0.5);
    // Under the count, the same kind of file passes.
    const fine = await workbook({
      sharedStrings: () => [Buffer.from('<si><t>x</t></si>'.repeat(5000))],
      sheetData: () => [Buffer.from(`${header}<row r="2"><c r="A2" t="s"><v>0</v></c></row>`)],
    });
    expect((await inspect(fine, 'xlsx', limits)).error).toBeNull();
  });

  it('a CSV of 200,000 lines: refused at the line limit, before its end', async () => {
    const line = 'UD Contoh,Klojen\n';
    const file = Buffer.from(`Nama IKM,Kecamatan\n${line.repeat(200_000)}`);
    const { error, report } = await inspect(file, 'csv');
    expect(error?.status).toBe(413);
    expect(report.inflatedBytes).toBeLessThan(file.length);
  });
});
