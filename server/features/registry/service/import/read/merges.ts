import unzipper from 'unzipper';

/** A merged range one column wide and several rows tall: its value belongs to every row. */
export type VerticalMerge = { column: number; firstRow: number; lastRow: number };

const COLUMN = /^([A-Z]+)(\d+)$/;

function cellRef(ref: string): { column: number; row: number } | undefined {
  const m = COLUMN.exec(ref.replace(/\$/g, ''));
  if (!m) return undefined;
  let column = 0;
  for (const ch of m[1]) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { column: column - 1, row: Number(m[2]) };
}

/** `A5:A9` → column 0, rows 5–9; ranges wider than one column (titles, grouped headers) are left alone. */
export function verticalMerge(ref: string): VerticalMerge | undefined {
  const [from, to] = ref.split(':');
  const a = from && cellRef(from);
  const b = to && cellRef(to);
  if (!a || !b || a.column !== b.column || b.row <= a.row) return undefined;
  return { column: a.column, firstRow: a.row, lastRow: b.row };
}

const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** A `<mergeCell …/>` tag is short; a longer unfinished tag is something else and is dropped. */
const MAX_TAIL = 1024;

/**
 * Every `<mergeCell ref>` of a sheet's XML, read as a stream (they come after all the rows).
 * Only an unfinished tag at a chunk's end is carried over, never more than MAX_TAIL
 * characters, so each byte is looked at a bounded number of times.
 */
async function mergeRefs(entry: unzipper.File): Promise<string[]> {
  const refs: string[] = [];
  let tail = '';
  for await (const chunk of entry.stream()) {
    const text = tail + (chunk as Buffer).toString('utf8');
    const cut = text.lastIndexOf('<');
    const complete = cut >= 0 ? text.slice(0, cut) : '';
    if (complete.includes('<mergeCell'))
      for (const m of complete.matchAll(/<mergeCell\b[^>]*\bref="([^"]+)"/g)) refs.push(m[1]);
    tail = cut >= 0 ? text.slice(cut) : '';
    if (tail.length > MAX_TAIL) tail = '';
  }
  for (const m of tail.matchAll(/<mergeCell\b[^>]*\bref="([^"]+)"/g)) refs.push(m[1]);
  return refs;
}

/**
 * The vertical merges of every sheet of an XLSX file, by sheet name. The streaming reader
 * sees only the top cell of a merge (say a kecamatan written once for five rows), so the
 * import fills the value down; this reads the merge list without loading the workbook.
 */
export async function verticalMerges(path: string): Promise<Map<string, VerticalMerge[]>> {
  try {
    return await readMerges(path);
  } catch {
    // A damaged file: the workbook reader reports it, with the message users get for that.
    return new Map();
  }
}

async function readMerges(path: string): Promise<Map<string, VerticalMerge[]>> {
  const zip = await unzipper.Open.file(path);
  const byPath = new Map(zip.files.map((f) => [f.path.replace(/^\//, ''), f]));
  const text = async (name: string) => {
    const file = byPath.get(name);
    return file ? (await file.buffer()).toString('utf8') : '';
  };
  const targets = new Map<string, string>();
  for (const m of (await text('xl/_rels/workbook.xml.rels')).matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], 'Id');
    const target = attr(m[0], 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const result = new Map<string, VerticalMerge[]>();
  for (const m of (await text('xl/workbook.xml')).matchAll(/<sheet\b[^>]*>/g)) {
    const name = attr(m[0], 'name');
    const sheetPath = targets.get(attr(m[0], 'r:id') ?? '');
    const entry = sheetPath ? byPath.get(sheetPath) : undefined;
    if (!name || !entry) continue;
    const merges = (await mergeRefs(entry)).flatMap((ref) => verticalMerge(ref) ?? []);
    if (merges.length > 0) result.set(unescapeXml(name), merges);
  }
  return result;
}

/**
 * Fills each vertical merge's value into the rows below its top cell, as the reader of the
 * sheet sees it. Rows arrive in order; only cells the file left empty are filled.
 */
export function fillDown<C>(merges: VerticalMerge[], isEmpty: (cell: C | undefined) => boolean) {
  const pending = [...merges].sort((a, b) => a.firstRow - b.firstRow);
  let next = 0;
  let active: { merge: VerticalMerge; value: C }[] = [];
  return (rowNumber: number, cells: C[]): C[] => {
    active = active.filter((a) => a.merge.lastRow >= rowNumber);
    let out = cells;
    for (const { merge, value } of active) {
      if (!isEmpty(out[merge.column])) continue;
      if (out === cells) out = [...cells];
      while (out.length <= merge.column) out.push(undefined as C);
      out[merge.column] = value;
    }
    // Merges that start at or before this row (skipped rows included) pick up their top value.
    while (next < pending.length && pending[next].firstRow <= rowNumber) {
      const merge = pending[next++];
      const top = cells[merge.column];
      if (merge.firstRow === rowNumber && !isEmpty(top)) active.push({ merge, value: top as C });
    }
    return out;
  };
}
