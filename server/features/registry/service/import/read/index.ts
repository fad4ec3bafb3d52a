import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Transform } from 'node:stream';
import { readCsv } from './csv';
import { verticalMerges } from './merges';
import type { FileKind, SheetSource, SourceRow } from './types';
import { readXlsx } from './xlsx';

export { FILE_LIMITS, inspectUpload } from './inspect';
export type { FileKind, SheetSource, SourceRow } from './types';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

/**
 * What the file really is, by its first bytes rather than its name: offices rename files, and
 * an old binary .xls (OLE container) must get its own clear message.
 */
export async function detectKind(path: string): Promise<FileKind | 'xls' | 'unknown'> {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(512), 0, 512, 0);
    const starts = (magic: number[]) => bytesRead >= 4 && magic.every((b, i) => buffer[i] === b);
    if (starts(ZIP_MAGIC)) return 'xlsx';
    if (starts(OLE_MAGIC)) return 'xls';
    // Text: no NUL bytes in the head unless it is UTF-16 with a BOM.
    const head = buffer.subarray(0, bytesRead);
    const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
    if (utf16 || !head.includes(0)) return 'csv';
    return 'unknown';
  } finally {
    await handle.close();
  }
}

/** The sheets of an upload; `onBytes` reports how much of the file has been consumed (progress). */
export function readSheets(
  path: string,
  kind: FileKind,
  onBytes: (bytes: number) => void,
): AsyncIterable<SheetSource> {
  let consumed = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      consumed += chunk.length;
      onBytes(consumed);
      callback(null, chunk);
    },
  });
  const file = createReadStream(path);
  file.on('error', (error) => counter.destroy(error));
  const stream = file.pipe(counter);
  if (kind === 'xlsx')
    return (async function* () {
      yield* readXlsx(stream, await verticalMerges(path));
    })();
  return (async function* () {
    yield { name: 'CSV', hidden: false, rows: readCsv(stream) };
  })();
}

/** A second, cheap pass for the few rows rejected after reading (their cells were not kept). */
export async function pickRows(path: string, kind: FileKind, wanted: Map<string, Set<number>>) {
  const found = new Map<string, SourceRow['cells']>();
  for await (const sheet of readSheets(path, kind, () => {})) {
    const rows = wanted.get(sheet.name);
    for await (const row of sheet.rows)
      if (rows?.has(row.number)) found.set(`${sheet.name}!${row.number}`, row.cells);
  }
  return found;
}
