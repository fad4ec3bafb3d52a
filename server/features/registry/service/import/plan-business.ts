import type { businesses } from '#server/db/schema';
import type { PlanContext } from './plan-types';
import type { BusinessData, Link } from './types';

type BusinessRow = typeof businesses.$inferSelect;
type BusinessInsert = typeof businesses.$inferInsert;

const SCALARS = [
  'brand',
  'legalForm',
  'nib',
  'npwp',
  'address',
  'yearFounded',
  'sentra',
  'exportStatus',
] as const;

export function businessInsert(id: string, b: BusinessData, ctx: PlanContext): BusinessInsert {
  return {
    id,
    name: b.name,
    brand: b.brand,
    legalForm: b.legalForm,
    nib: b.nib,
    npwp: b.npwp,
    kbli: b.kbli,
    subsector: b.subsector ?? 'lainnya',
    address: b.address,
    villageCode: b.villageCode,
    districtCode: b.districtCode,
    regencyCode: ctx.regencyCode,
    lat: b.lat === null ? null : String(b.lat),
    lng: b.lng === null ? null : String(b.lng),
    yearFounded: b.yearFounded,
    sentra: b.sentra,
    links: b.links,
    exportStatus: b.exportStatus ?? 'belum',
    exportCountries: b.exportCountries,
    products: b.products,
    notes: b.noteLines.length > 0 ? b.noteLines.join('\n') : null,
    source: 'import',
    sourceDetail: ctx.fileName,
    createdBy: ctx.actorId,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
}

function unionBy<T>(current: T[], added: T[], key: (t: T) => string): T[] {
  const seen = new Set(current.map(key));
  const out = [...current];
  for (const a of added)
    if (!seen.has(key(a))) {
      seen.add(key(a));
      out.push(a);
    }
  return out;
}

/**
 * What a row changes in a business. Fields the row leaves empty never erase anything. A value
 * that differs from the record replaces it only when the row is `current` (its data year is not
 * older than the newest one on record), so importing an old list does not undo newer edits;
 * otherwise the row only fills blanks. Lists (KBLI, links, countries) are merged, note lines
 * appended once.
 */
export function businessPatch(
  row: BusinessRow | BusinessInsert,
  b: BusinessData,
  current: boolean,
): Partial<BusinessInsert> {
  const set: Partial<BusinessInsert> = {};
  const assign = set as Record<string, unknown>;
  for (const field of SCALARS) {
    const value = b[field];
    if (value === null) continue;
    const existing = row[field];
    if (existing === null || existing === undefined || (current && existing !== value)) {
      if (existing !== value) assign[field] = value;
    }
  }
  if (b.subsector && b.subsector !== row.subsector) {
    const blank = !row.subsector || row.subsector === 'lainnya';
    if (blank || (current && !b.subsectorGuessed)) set.subsector = b.subsector;
  }
  if (b.lat !== null && b.lng !== null) {
    const same = Number(row.lat) === b.lat && Number(row.lng) === b.lng;
    if (!same && (row.lat === null || row.lat === undefined || current)) {
      set.lat = String(b.lat);
      set.lng = String(b.lng);
    }
  }
  const moved =
    b.districtCode !== row.districtCode || (b.villageCode !== null && b.villageCode !== row.villageCode);
  if (moved && current) {
    set.districtCode = b.districtCode;
    set.villageCode = b.villageCode;
  } else if (!moved && !row.villageCode && b.villageCode) set.villageCode = b.villageCode;
  const kbli = unionBy(row.kbli ?? [], b.kbli, (k) => k.code);
  if (kbli.length !== (row.kbli ?? []).length) set.kbli = kbli;
  const links = unionBy<Link>(row.links ?? [], b.links, (l) => l.url.toLowerCase());
  if (links.length !== (row.links ?? []).length) set.links = links;
  const countries = unionBy(row.exportCountries ?? [], b.exportCountries, (c) => c);
  if (countries.length !== (row.exportCountries ?? []).length) set.exportCountries = countries;
  const products = unionBy(row.products ?? [], b.products, (p) => p.toLowerCase());
  if (products.length !== (row.products ?? []).length) set.products = products;
  const notes = row.notes ?? '';
  const missing = b.noteLines.filter((line) => !notes.includes(line));
  if (missing.length > 0) set.notes = [notes, ...missing].filter((l) => l !== '').join('\n');
  return set;
}

/** The values a patch replaced, for the audit's "before". */
export function beforeOf(row: BusinessRow, set: Partial<BusinessInsert>): Record<string, unknown> {
  const before: Record<string, unknown> = {};
  for (const key of Object.keys(set)) before[key] = (row as Record<string, unknown>)[key] ?? null;
  return before;
}
