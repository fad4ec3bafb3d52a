import type { Queryable } from '#server/db/client';
import { piiFor } from '#server/lib/pii';
import { ownersMissingNikFacts, setNikFacts } from '../queries/owners';
import { nikFacts } from './owner-records';

const BATCH = 500;
const NO_ID = '00000000-0000-0000-0000-000000000000';

/**
 * Data step for rows stored before owners kept the NIK's facts (migration 0018): decrypts each
 * stored NIK (SQL cannot, the key is the app's) and stores its birth date, and the gender and
 * birth year where none was recorded. Idempotent: a row done is never selected again; a NIK
 * that no longer decodes is left as it is. Returns how many people were filled in.
 */
export async function backfillNikFacts(db: Queryable, encryptionKey: string): Promise<number> {
  const pii = piiFor(encryptionKey);
  let after = NO_ID;
  let filled = 0;
  for (;;) {
    const rows = await ownersMissingNikFacts(db, after, BATCH);
    if (rows.length === 0) return filled;
    after = rows[rows.length - 1].id;
    for (const row of rows) {
      let facts: ReturnType<typeof nikFacts> = null;
      try {
        facts = nikFacts(pii.decryptNik(row.nikCipher as string));
      } catch {
        facts = null; // stored under another key: nothing to learn here
      }
      if (!facts) continue;
      await setNikFacts(db, row.id, {
        birthDate: facts.birthDate,
        gender: row.gender ?? facts.gender,
        birthYear: row.birthYear ?? facts.birthYear,
      });
      filled++;
    }
  }
}
