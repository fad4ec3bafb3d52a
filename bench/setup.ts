import { sql } from 'drizzle-orm';
import { type Database, openDatabase } from '#server/db/client';
import type { ServiceContext } from '#server/lib/context';
import { prepareDatabase } from '#server/prepare';
import { testConfig } from '#server/test/app';

/** A throwaway in-memory PGlite with the real migrations and region data. */
export async function benchDatabase(): Promise<Database> {
  const database = await openDatabase({ kind: 'pglite', dir: null });
  await prepareDatabase(database);
  return database;
}

export function adminContext(database: Database): ServiceContext {
  return {
    db: database.db,
    config: testConfig(),
    actor: {
      id: '00000000-0000-4000-8000-00000000b001',
      email: 'bench@contoh.id',
      name: 'Bench',
      role: 'admin',
      kecamatanCodes: [],
      locale: 'id',
    },
    ip: null,
  };
}

/** A pseudo-random pick in 0..n-1 for row g, independent per `salt`. */
const pick = (salt: number, n: number) => `(abs(hashint4(g * 64 + ${salt})) % ${n})`;

/**
 * 100,000 businesses in one statement each (generate_series): names from craft words, the five
 * kecamatan of the city, owners (their names feed the search text), a snapshot per business and
 * certifications for a fifth of them; then ANALYZE, as a production database would have.
 * Every attribute is drawn independently (hashed row number): picking them all by `g % k`
 * made them functions of each other (the certification fixed by the first word of the name),
 * which real registers are not.
 */
export async function seedBusinesses(database: Database, count: number) {
  // GIN indexes grow slowly row by row; build them once after the load (same definitions).
  const gin = await database.db.execute(
    sql`SELECT indexname, indexdef FROM pg_indexes WHERE tablename IN ('businesses', 'owners') AND indexdef LIKE '%USING gin%'`,
  );
  const indexes = (gin as unknown as { rows: { indexname: string; indexdef: string }[] }).rows;
  for (const i of indexes) await database.exec(`DROP INDEX ${i.indexname}`);
  await database.exec(`
    INSERT INTO businesses (id, name, brand, district_code, regency_code, subsector, export_status, source)
    SELECT overlay(overlay(md5('b' || g) placing '4' from 13) placing '8' from 17)::uuid,
           (ARRAY['Kerajinan','Batik','Anyaman','Keramik','Perak','Kulit','Topeng','Gerabah'])[1 + ${pick(1, 8)}] || ' ' ||
           (ARRAY['Sari','Jaya','Makmur','Indah','Abadi','Lestari','Mulya','Sentosa'])[1 + ${pick(2, 8)}] || ' ' ||
           (ARRAY['Malang','Dinoyo','Tlogomas','Celaket','Sukun','Blimbing','Arjosari'])[1 + ${pick(3, 7)}] || ' ' || g,
           CASE WHEN ${pick(4, 4)} = 0 THEN 'Merek ' || g END,
           '35.73.0' || (1 + ${pick(5, 5)}), '35.73',
           (ARRAY['electroforming','logam','kayu','keramik','anyaman','batik_tekstil','kulit','perhiasan','lainnya'])[1 + ${pick(6, 9)}],
           (ARRAY['belum','pernah','aktif'])[1 + ${pick(7, 3)}], 'survey'
      FROM generate_series(1, ${count}) g;
    ANALYZE businesses;
    INSERT INTO owners (id, name, source)
    SELECT overlay(overlay(md5('o' || g) placing '4' from 13) placing '8' from 17)::uuid,
           (ARRAY['Siti','Budi','Rina','Ahmad','Dewi','Eko','Sri','Joko'])[1 + ${pick(8, 8)}] || ' ' ||
           (ARRAY['Aminah','Santoso','Wati','Fauzi','Lestari','Prasetyo','Susilo','Kartika'])[1 + ${pick(9, 8)}],
           'survey'
      FROM generate_series(1, ${count}) g;
    ANALYZE owners;
    INSERT INTO business_owners (business_id, owner_id) SELECT overlay(overlay(md5('b' || g) placing '4' from 13) placing '8' from 17)::uuid, overlay(overlay(md5('o' || g) placing '4' from 13) placing '8' from 17)::uuid FROM generate_series(1, ${count}) g;
    INSERT INTO business_snapshots (business_id, data_year, workers_male, workers_female, turnover_yearly_idr, source)
    SELECT overlay(overlay(md5('b' || g) placing '4' from 13) placing '8' from 17)::uuid, 2019 + ${pick(10, 6)}, ${pick(11, 7)}, ${pick(12, 5)}, ${pick(13, 97)} * 1000000, 'survey' FROM generate_series(1, ${count}) g;
    INSERT INTO certifications (business_id, type)
    SELECT overlay(overlay(md5('b' || g) placing '4' from 13) placing '8' from 17)::uuid, (ARRAY['pirt','halal','sni','hki'])[1 + ${pick(14, 4)}] FROM generate_series(1, ${count}) g WHERE ${pick(15, 5)} = 0;
    `);
  for (const i of indexes) await database.exec(i.indexdef);
  await database.exec('ANALYZE');
}
