import { sql } from 'drizzle-orm';
import type { Queryable } from '#server/db/client';
import { rowsOf } from './scope';

/*
 * Typo correction against the register's own vocabulary (search_words, a few thousand words of
 * business and owner names). Comparing a typed word with that short list by trigram similarity
 * is cheap; comparing it with 100k full names is not, because common trigrams ("ker", "an ")
 * match most of the table.
 */

const CANDIDATES = 3;
const MIN_SIMILARITY = 0.3;
const CLOSE = 0.05;

/**
 * For each word: itself as a prefix, or'ed with the closest known words. Numbers (NIB) are
 * never corrected. Only letters and digits ever reach the tsquery.
 */
export async function correctedQuery(
  db: Queryable,
  words: string[],
  term: (word: string) => string = (w) => `${w}:*`,
): Promise<string> {
  const parts: string[] = [];
  for (const word of words) {
    const alternatives = [term(word)];
    if (word.length >= 3 && !/^\d+$/.test(word)) {
      const rows = rowsOf<{ word: string; sim: number }>(
        await db.execute(sql`SELECT word, similarity(word, ${word}) AS sim FROM search_words
          WHERE word % ${word} AND similarity(word, ${word}) >= ${MIN_SIMILARITY}
          ORDER BY sim DESC, word LIMIT ${CANDIDATES}`),
      );
      // Only the best guess and those nearly as good: "kerajnan" is kerajinan, not also keramik.
      const best = Number(rows[0]?.sim ?? 0);
      for (const r of rows)
        if (Number(r.sim) >= best - CLOSE && /^[\p{L}\p{N}]+$/u.test(r.word)) alternatives.push(r.word);
    }
    parts.push(alternatives.length === 1 ? alternatives[0] : `(${alternatives.join(' | ')})`);
  }
  return parts.join(' & ');
}
