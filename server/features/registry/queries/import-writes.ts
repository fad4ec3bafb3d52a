import { eq, sql } from 'drizzle-orm';
import { bulkInsert } from '#server/db/bulk';
import type { Queryable } from '#server/db/client';
import {
  auditLog,
  businesses,
  businessOwners,
  businessSnapshots,
  certifications,
  owners,
} from '#server/db/schema';

/* An import's writes: new rows in bulk (one JSON parameter per batch), updates one by one. */

type Update<T extends { $inferInsert: unknown }> = { id: string; set: Partial<T['$inferInsert']> };

export type ImportWrites = {
  newBusinesses: (typeof businesses.$inferInsert)[];
  businessUpdates: Update<typeof businesses>[];
  newOwners: (typeof owners.$inferInsert)[];
  ownerUpdates: Update<typeof owners>[];
  links: (typeof businessOwners.$inferInsert)[];
  newSnapshots: (typeof businessSnapshots.$inferInsert)[];
  snapshotUpdates: Update<typeof businessSnapshots>[];
  newCertifications: (typeof certifications.$inferInsert)[];
  audit: (typeof auditLog.$inferInsert)[];
};

const ANALYZE_AFTER = 1000;

/** Runs the writes in order; the caller owns the transaction. `onBatch` follows each bulk batch. */
export async function writeImportRows(tx: Queryable, w: ImportWrites, onBatch: () => void = () => {}) {
  await bulkInsert(tx, businesses, w.newBusinesses, { onBatch });
  for (const u of w.businessUpdates) await tx.update(businesses).set(u.set).where(eq(businesses.id, u.id));
  await bulkInsert(tx, owners, w.newOwners, { onBatch });
  for (const u of w.ownerUpdates) await tx.update(owners).set(u.set).where(eq(owners.id, u.id));
  await bulkInsert(tx, businessOwners, w.links, { onConflictDoNothing: true, onBatch });
  await bulkInsert(tx, businessSnapshots, w.newSnapshots, { onBatch });
  for (const u of w.snapshotUpdates)
    await tx.update(businessSnapshots).set(u.set).where(eq(businessSnapshots.id, u.id));
  await bulkInsert(tx, certifications, w.newCertifications, { onBatch });
  await bulkInsert(tx, auditLog, w.audit, { onBatch });
  // PGlite has no autovacuum: after a bulk load the planner would still think these tables are
  // nearly empty and pick nested loops that make the next import quadratic.
  if (w.newBusinesses.length + w.newOwners.length >= ANALYZE_AFTER)
    await tx.execute(sql`analyze businesses, owners, business_owners, business_snapshots, certifications`);
}
