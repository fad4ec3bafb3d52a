import { type CellPrimitive, unwrapCell } from '#core/domain/registry';

/**
 * A small streaming CSV reader (RFC 4180 quoting, quoted line breaks, CRLF/LF/CR) with the
 * delimiter and encoding sniffed from the start of the file. Hand-written rather than a
 * dependency because the sniffing has to see the decoded text before parsing starts anyway,
 * and the state machine is a few dozen lines.
 */

const SAMPLE_BYTES = 64 * 1024;
const DELIMITERS = [',', ';', '\t', '|'] as const;

export type CsvRow = { number: number; cells: CellPrimitive[] };

/** UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252 as Excel's "CSV" save writes it. */
export function sniffEncoding(sample: Uint8Array): { encoding: string; bomLength: number } {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf)
    return { encoding: 'utf-8', bomLength: 3 };
  if (sample[0] === 0xff && sample[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (sample[0] === 0xfe && sample[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  try {
    // stream: true tolerates a multi-byte character cut at the sample's end.
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return { encoding: 'utf-8', bomLength: 0 };
  } catch {
    return { encoding: 'windows-1252', bomLength: 0 };
  }
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === delimiter && !quoted) count++;
  }
  return count;
}

/**
 * The delimiter that splits the most sample lines into the same number of fields: in a
 * `;` file "1,5 juta" adds stray commas to some lines only, so commas are inconsistent.
 */
export function sniffDelimiter(text: string): string {
  const explicit = /^sep=(.)\r?\n/i.exec(text);
  if (explicit) return explicit[1];
  const lines = text
    .split(/\r\n|\n|\r/)
    .slice(0, 50)
    .filter((l) => l.trim() !== '');
  let best: { delimiter: string; score: number } = { delimiter: ',', score: -1 };
  for (const delimiter of DELIMITERS) {
    const counts = new Map<number, number>();
    for (const line of lines) {
      const n = countOutsideQuotes(line, delimiter);
      if (n > 0) counts.set(n, (counts.get(n) ?? 0) + 1);
    }
    let score = 0;
    for (const [fields, lineCount] of counts) score = Math.max(score, lineCount * 1000 + fields);
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

type ParserState = { field: string; row: string[]; quoted: boolean; afterQuote: boolean; pendingCr: boolean };

/** Feeds decoded text; calls `emit` for every complete record. */
function createParser(delimiter: string, emit: (cells: string[]) => void) {
  const s: ParserState = { field: '', row: [], quoted: false, afterQuote: false, pendingCr: false };
  const endField = () => {
    s.row.push(s.field);
    s.field = '';
    s.afterQuote = false;
  };
  const endRow = () => {
    endField();
    emit(s.row);
    s.row = [];
  };
  return {
    feed(text: string) {
      for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (s.pendingCr) {
          s.pendingCr = false;
          if (ch === '\n') continue;
        }
        if (s.quoted) {
          if (ch === '"') {
            if (text[i + 1] === '"') {
              s.field += '"';
              i++;
            } else {
              // Closing, unless the next chunk starts with a quote (see afterQuote below).
              s.quoted = false;
              s.afterQuote = true;
            }
          } else s.field += ch;
          continue;
        }
        if (ch === '"') {
          if (s.afterQuote) {
            // `""` split across chunks: an escaped quote inside the field.
            s.field += '"';
            s.quoted = true;
            s.afterQuote = false;
          } else if (s.field.trim() === '') {
            s.field = '';
            s.quoted = true;
          } else s.field += ch;
        } else if (ch === delimiter) endField();
        else if (ch === '\n') endRow();
        else if (ch === '\r') {
          endRow();
          s.pendingCr = true;
        } else {
          s.field += ch;
          s.afterQuote = false;
        }
      }
    },
    end() {
      if (s.field !== '' || s.row.length > 0) endRow();
    },
  };
}

/** Records of a CSV byte stream, numbered 1… as a spreadsheet program would show them. */
export async function* readCsv(source: AsyncIterable<Buffer>): AsyncGenerator<CsvRow> {
  const iterator = source[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let headLength = 0;
  let done = false;
  while (headLength < SAMPLE_BYTES) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    head.push(next.value);
    headLength += next.value.length;
  }
  const sample = Buffer.concat(head);
  const { encoding, bomLength } = sniffEncoding(sample);
  const decoder = new TextDecoder(encoding);
  let text = decoder.decode(sample.subarray(bomLength), { stream: true });
  const delimiter = sniffDelimiter(text);
  text = text.replace(/^sep=.\r?\n/i, '');

  let number = 0;
  const ready: CsvRow[] = [];
  const parser = createParser(delimiter, (cells) => {
    number++;
    ready.push({ number, cells: cells.map(unwrapCell) });
  });
  parser.feed(text);
  while (ready.length > 0) yield ready.shift() as CsvRow;
  while (!done) {
    const next = await iterator.next();
    if (next.done) break;
    parser.feed(decoder.decode(next.value, { stream: true }));
    for (const row of ready) yield row;
    ready.length = 0;
  }
  parser.feed(decoder.decode());
  parser.end();
  for (const row of ready) yield row;
}
