import { createReadStream } from 'node:fs';
import unzipper from 'unzipper';
import { AppError } from '#server/lib/errors';
import { importKey } from '../parse/context';
import type { FileKind } from './types';

/**
 * What an upload may expand to. Checked in one streaming pass over the file before any
 * reader (exceljs, the merge scan, the CSV parser) sees it, and stopped at the first limit
 * passed: a few kilobytes of zip can inflate to gigabytes of XML, one cell can be hundreds
 * of megabytes, and the readers behind would take minutes or run out of memory on them.
 */
export const FILE_LIMITS = {
  /** Uncompressed XML of all the parts the import reads (sheets, shared strings, workbook). */
  maxXmlBytes: 160 * 1024 * 1024,
  /** A cell, shared string or tag: Excel's own cell limit is 32,767 characters. */
  maxRunBytes: 128 * 1024,
  /** Row elements per workbook or lines per CSV: beyond twice the data-row limit nothing is read. */
  maxRows: 100_000,
  /** A CSV line (with its quoted line breaks counted separately): wide rows, not megabyte cells. */
  maxCsvLineBytes: 256 * 1024,
  /** Parts in the zip: a real workbook has tens. */
  maxEntries: 2_000,
  /**
   * Shared strings (`<si>`): the reader keeps every one in memory, and millions of tiny ones
   * fit in the XML limit. A register of 50,000 rows shares far fewer distinct texts.
   */
  maxSharedStrings: 1_000_000,
} as const;

type Limits = { [K in keyof typeof FILE_LIMITS]: number };

/** What the inspection read before it answered: proof that a refusal came early. */
export type InspectReport = { inflatedBytes: number };

const damaged = () => new AppError('import_failed', importKey('file.damaged'), { status: 422 });
const tooLarge = (limits: Limits) =>
  new AppError('payload_too_large', importKey('file.tooLargeUnpacked'), {
    params: { max: Math.round(limits.maxXmlBytes / 1024 / 1024) },
  });
const cellTooLong = () =>
  new AppError('import_failed', importKey('file.cellTooLong'), { status: 422, params: { max: 32767 } });
const tooManyStrings = (limits: Limits) =>
  new AppError('payload_too_large', importKey('file.tooLargeUnpacked'), {
    params: { max: Math.round(limits.maxXmlBytes / 1024 / 1024) },
    details: { sharedStrings: limits.maxSharedStrings },
  });
const tooManyRows = (limits: Limits) =>
  new AppError('payload_too_large', importKey('file.tooManyRows'), { params: { max: limits.maxRows / 2 } });

/**
 * Scans XML for what would break or stall the readers: over-long text or tags, `<c>` cells
 * without their `r` reference, and the number of `<row>` elements. Fed chunk by chunk;
 * the work is linear (it jumps between `<` and `>` with indexOf).
 */
export class XmlScanner {
  rows = 0;
  strings = 0;
  private inTag = false;
  private run = 0;
  private head = '';
  constructor(
    private readonly limits: Limits,
    private readonly countRows: boolean,
    private readonly countStrings = false,
  ) {}

  feed(buf: Buffer) {
    let pos = 0;
    while (pos < buf.length) {
      if (!this.inTag) {
        const lt = buf.indexOf(0x3c, pos);
        const end = lt < 0 ? buf.length : lt;
        this.run += end - pos;
        if (this.run > this.limits.maxRunBytes) throw cellTooLong();
        if (lt < 0) return;
        this.inTag = true;
        this.run = 0;
        this.head = '';
        pos = lt + 1;
      } else {
        const gt = buf.indexOf(0x3e, pos);
        const end = gt < 0 ? buf.length : gt;
        this.run += end - pos;
        if (this.run > this.limits.maxRunBytes) throw cellTooLong();
        if (this.head.length < 256) this.head += buf.toString('latin1', pos, Math.min(end, pos + 256));
        if (gt < 0) return;
        this.closeTag();
        this.inTag = false;
        this.run = 0;
        pos = gt + 1;
      }
    }
  }

  private closeTag() {
    const head = this.head;
    // `<c r="B7" …>`: exceljs needs the reference to place the cell; without it, it throws.
    if (/^c[\s/>]|^c$/.test(head) && !/\sr\s*=/.test(head)) throw damaged();
    if (this.countRows && /^row[\s/>]|^row$/.test(head) && ++this.rows > this.limits.maxRows)
      throw tooManyRows(this.limits);
    if (this.countStrings && /^si[\s/>]|^si$/.test(head) && ++this.strings > this.limits.maxSharedStrings)
      throw tooManyStrings(this.limits);
  }
}

async function inspectXlsx(path: string, limits: Limits, report: InspectReport) {
  let zip: unzipper.CentralDirectory;
  try {
    zip = await unzipper.Open.file(path);
  } catch {
    throw damaged();
  }
  if (zip.files.length > limits.maxEntries) throw damaged();
  const parts = zip.files.filter((f) =>
    /^\/?xl\/(workbook\.xml|sharedStrings\.xml|worksheets\/[^/]+\.xml)$/i.test(f.path),
  );
  if (!parts.some((f) => /xl\/workbook\.xml$/i.test(f.path))) throw damaged();
  // What the zip says first (cheap): an honest bomb stops here without inflating a byte.
  const declared = parts.reduce((n, f) => n + f.uncompressedSize, 0);
  if (declared > limits.maxXmlBytes) throw tooLarge(limits);
  // Then what it really inflates to: the declared sizes can lie.
  let inflated = 0;
  let rows = 0;
  for (const part of parts) {
    const scanner = new XmlScanner(
      limits,
      /worksheets\//i.test(part.path),
      /sharedStrings\.xml$/i.test(part.path),
    );
    const stream = part.stream();
    try {
      for await (const chunk of stream) {
        inflated += (chunk as Buffer).length;
        report.inflatedBytes = inflated;
        if (inflated > limits.maxXmlBytes) throw tooLarge(limits);
        scanner.feed(chunk as Buffer);
        if (rows + scanner.rows > limits.maxRows) throw tooManyRows(limits);
      }
    } catch (error) {
      stream.destroy();
      if (error instanceof AppError) throw error;
      throw damaged();
    }
    rows += scanner.rows;
  }
}

async function inspectCsv(path: string, limits: Limits, report: InspectReport) {
  let line = 0;
  let lines = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 256 * 1024 })) {
    const buf = chunk as Buffer;
    report.inflatedBytes += buf.length;
    let pos = 0;
    for (;;) {
      const nl = buf.indexOf(0x0a, pos);
      const end = nl < 0 ? buf.length : nl;
      line += end - pos;
      if (line > limits.maxCsvLineBytes) throw cellTooLong();
      if (nl < 0) break;
      if (++lines > limits.maxRows) throw tooManyRows(limits);
      line = 0;
      pos = nl + 1;
    }
  }
}

/**
 * Refuses (413/422, naming the problem) an upload the readers must not be given. `report`
 * tells how many (inflated) bytes were read before the answer.
 */
export async function inspectUpload(
  path: string,
  kind: FileKind,
  limits: Limits = FILE_LIMITS,
  report: InspectReport = { inflatedBytes: 0 },
) {
  if (kind === 'xlsx') await inspectXlsx(path, limits, report);
  else await inspectCsv(path, limits, report);
}
