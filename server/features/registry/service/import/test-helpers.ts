import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import type { ImportResult } from '#core/schemas/registry';
import type { Database } from '#server/db/client';
import type { Client } from '#server/test/app';

/** A multipart/form-data body with one file, as a browser sends it. */
export function multipart(file: Buffer, fileName: string, field = 'file') {
  const boundary = `----bk${Math.random().toString(16).slice(2)}`;
  const type = fileName.endsWith('.csv') ? 'text/csv' : 'application/octet-stream';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${fileName}"\r\nContent-Type: ${type}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, file, tail]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** Uploads as the signed-in user, in `language` (the language cookie, as the web app sets it). */
export async function upload(client: Client, file: Buffer, fileName: string, query = '', language = 'id') {
  const { payload, headers } = multipart(file, fileName);
  client.cookies.set('bk_lang', language);
  try {
    return await client.post(`/api/businesses/import${query ? `?${query}` : ''}`, payload, { headers });
  } finally {
    client.cookies.delete('bk_lang');
  }
}

/** Imports and checks the one invariant every import must keep. */
export async function importOk(client: Client, file: Buffer, fileName: string, query = '', language = 'id') {
  const res = await upload(client, file, fileName, query, language);
  if (res.statusCode !== 200) throw new Error(`import answered ${res.statusCode}: ${res.body}`);
  const body = res.json() as ImportResult;
  expect(body.total).toBe(body.created + body.updated + body.duplicates + body.rejected);
  expect(new Set(body.errors.map((e) => `${e.sheet ?? ''}${e.row}`)).size).toBe(body.rejected);
  return body;
}

export const counts = (r: ImportResult) => ({
  total: r.total,
  created: r.created,
  updated: r.updated,
  duplicates: r.duplicates,
  rejected: r.rejected,
});

export async function tableCounts(database: Database) {
  const one = async (table: string) => {
    const res = await database.db.execute(`select count(*)::int as n from ${table}`);
    return (res as unknown as { rows: { n: number }[] }).rows[0].n;
  };
  return {
    businesses: await one('businesses'),
    owners: await one('owners'),
    snapshots: await one('business_snapshots'),
    certifications: await one('certifications'),
    links: await one('business_owners'),
  };
}

/** Every cell of every sheet, as text, for "this never appears anywhere" checks. */
export async function workbookText(buffer: Buffer): Promise<string[][][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook.worksheets.map((ws) => {
    const rows: string[][] = [];
    ws.eachRow({ includeEmpty: true }, (row) => {
      const values = row.values as unknown[];
      // Array.from visits the holes of exceljs' sparse row arrays; map would skip them.
      rows.push(
        Array.from(values.slice(1), (v) =>
          v instanceof Date ? v.toISOString() : v == null ? '' : String(v),
        ),
      );
    });
    return rows;
  });
}
