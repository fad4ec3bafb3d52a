import { type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '#server/db/client';
import type { Actor } from '#server/lib/context';
import { LIVE } from './live';
import { pageOf, type SearchPage, type SearchSort } from './pages';
import { rowsOf, scopeCondition } from './scope';
import { correctedQuery } from './typos';

/*
 * Registry search over 100k+ rows (how a page is fetched and ordered: pages.ts):
 *  - text: every typed word must start a word of the name, brand, NIB, an owner's name, the
 *    subsector, a product, the kelurahan or kecamatan, or an owner's phone number (owner names,
 *    phones and place names are kept on the business row by triggers, migrations 0005/0018).
 *    One `tsquery` ('daun:* & siti:*') answers it from one GIN index, whatever the number of words;
 *  - phone numbers are stored as digits in international form (6281234567890); a number typed
 *    as "0812-3456", "+62 812 3456" or "812 3456" is read as one such prefix. Only rows in the
 *    asker's scope are ever searched, so a number finds only businesses they may open;
 *  - nothing found: each word is also tried as its closest known words (typos.ts), and the
 *    corrected query runs the same way;
 *  - relevance is computed from the name alone with plain string tests (the name starts with
 *    the text, contains it, is short), as trigram functions on every match cost too much.
 */

export type SearchFilter = {
  q?: string;
  kecamatan?: string;
  kelurahan?: string;
  subsector?: string;
  certification?: string;
  exportStatus?: string;
  dataYear?: number;
  hasCoordinates?: 'true' | 'false';
  ownerId?: string;
};

export type { SearchSort } from './pages';

const MAX_WORDS = 6;
const FUZZY_MIN_LENGTH = 4;

/** Digits, spaces and phone punctuation only, with at least four digits: one number, not words. */
const NUMBER_ONLY = /^\+?[\d\s().\-/]+$/;

/**
 * Lower-cased words of letters and digits, as `to_tsvector('simple')` splits them; a query that
 * is only a number written with separators ("0812-3456 789", "9120 0012 3456 7") is one word.
 */
export function searchWords(q: string | undefined): string[] {
  if (!q) return [];
  const digits = q.replace(/\D/g, '');
  if (NUMBER_ONLY.test(q.trim()) && digits.length >= 4) return [digits];
  const words = q
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
  return [...new Set(words)].slice(0, MAX_WORDS);
}

/** The stored form (62…) of a typed phone number's start, or null when it cannot be one. */
export function phonePrefix(word: string): string | null {
  if (!/^\d{4,}$/.test(word)) return null;
  if (word.startsWith('62')) return word;
  if (word.startsWith('0')) return `62${word.slice(1)}`;
  if (word.startsWith('8')) return `62${word}`;
  return null;
}

/** A word as a prefix, or for a number also as the start of a stored phone number. */
export function wordTerm(word: string): string {
  const phone = phonePrefix(word);
  return phone && phone !== word ? `(${word}:* | ${phone}:*)` : `${word}:*`;
}

/** Every word as a prefix; only letters and digits reach the tsquery, so no syntax can leak in. */
const prefixQuery = (words: string[]) => words.map(wordTerm).join(' & ');

function filterConditions(f: SearchFilter): SQL[] {
  const out: SQL[] = [];
  if (f.kecamatan) out.push(sql`b.district_code = ${f.kecamatan}`);
  if (f.kelurahan) out.push(sql`b.village_code = ${f.kelurahan}`);
  if (f.subsector) out.push(sql`b.subsector = ${f.subsector}`);
  if (f.exportStatus) out.push(sql`b.export_status = ${f.exportStatus}`);
  if (f.hasCoordinates === 'true') out.push(sql`b.lat IS NOT NULL AND b.lng IS NOT NULL`);
  if (f.hasCoordinates === 'false') out.push(sql`(b.lat IS NULL OR b.lng IS NULL)`);
  // Arrays kept on the row by triggers (migration 0008): GIN lookups instead of semi-joins.
  if (f.certification) out.push(sql`b.certification_types @> ARRAY[${f.certification}]::text[]`);
  if (f.dataYear !== undefined) out.push(sql`b.data_years @> ARRAY[${f.dataYear}]::integer[]`);
  if (f.ownerId)
    out.push(sql`b.id IN (SELECT bo.business_id FROM business_owners bo WHERE bo.owner_id = ${f.ownerId})`);
  return out;
}

/** Scope, filters and the text condition (`tsquery` overrides the one built from `f.q`), ANDed. */
export function whereClause(actor: Actor | null, f: SearchFilter, tsquery?: string): SQL {
  const parts: SQL[] = [sql`${LIVE}`, scopeCondition(actor), ...filterConditions(f)];
  const words = searchWords(f.q);
  const text = tsquery ?? (words.length > 0 ? prefixQuery(words) : undefined);
  if (text) parts.push(sql`b.search_vector @@ to_tsquery('simple', ${text})`);
  return sql.join(parts, sql` AND `);
}

export async function searchBusinessIds(
  db: Queryable,
  actor: Actor | null,
  f: SearchFilter,
  sort: SearchSort,
  order: 'asc' | 'desc',
  page: number,
  pageSize: number,
): Promise<SearchPage & { fuzzy: boolean }> {
  const args = { text: f.q, sort, order, page, pageSize };
  if (searchWords(f.q).length === 0)
    return { ...(await pageOf(db, whereClause(actor, f), { ...args, text: undefined })), fuzzy: false };
  const exact = await pageOf(db, whereClause(actor, f), args);
  if (exact.total > 0 || (f.q ?? '').length < FUZZY_MIN_LENGTH) return { ...exact, fuzzy: false };
  const corrected = await correctedQuery(db, searchWords(f.q), wordTerm);
  return { ...(await pageOf(db, whereClause(actor, f, corrected), args)), fuzzy: true };
}

/** Points for the map, same scope and filters; one more than the limit tells truncation. */
export async function mapPoints(db: Queryable, actor: Actor | null, f: SearchFilter, limit: number) {
  return rowsOf<{ id: string; name: string; subsector: string; lat: number; lng: number }>(
    await db.execute(sql`SELECT b.id, b.name, b.subsector, b.lat::float8 AS lat, b.lng::float8 AS lng
      FROM businesses b WHERE ${whereClause(actor, { ...f, hasCoordinates: 'true' })}
      ORDER BY b.id LIMIT ${limit + 1}`),
  );
}
