import { eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../../db/client';
import {
  auditLog,
  businesses,
  businessOwners,
  businessSnapshots,
  certifications,
  owners,
} from '../../../db/schema';
import { redact } from '../../../lib/audit';
import type { ServiceContext } from '../../../lib/context';
import { prefillDerivedColumns } from './derived';
import type { Plan } from './plan-types';

// Rows per INSERT: well under PostgreSQL's 65,535 bind parameters for the widest table.
const BATCH = 500;

async function insertAll<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>, onBatch: () => void) {
  for (let i = 0; i < rows.length; i += BATCH) {
    await insert(rows.slice(i, i + BATCH));
    onBatch();
  }
}

/** Runs a plan's writes; the caller owns the transaction, so a failure anywhere undoes them all. */
export async function writePlan(
  tx: Queryable,
  ctx: Pick<ServiceContext, 'actor' | 'ip'>,
  plan: Plan,
  onBatch: () => void = () => {},
) {
  prefillDerivedColumns(plan);
  await insertAll(plan.newBusinesses, (b) => tx.insert(businesses).values(b), onBatch);
  for (const u of plan.businessUpdates) await tx.update(businesses).set(u.set).where(eq(businesses.id, u.id));
  await insertAll(plan.newOwners, (b) => tx.insert(owners).values(b), onBatch);
  for (const u of plan.ownerUpdates) await tx.update(owners).set(u.set).where(eq(owners.id, u.id));
  await insertAll(plan.links, (b) => tx.insert(businessOwners).values(b).onConflictDoNothing(), onBatch);
  await insertAll(plan.newSnapshots, (b) => tx.insert(businessSnapshots).values(b), onBatch);
  for (const u of plan.snapshotUpdates)
    await tx.update(businessSnapshots).set(u.set).where(eq(businessSnapshots.id, u.id));
  await insertAll(plan.newCertifications, (b) => tx.insert(certifications).values(b), onBatch);
  const actor = {
    actorId: ctx.actor?.id ?? null,
    actorEmail: ctx.actor?.email ?? null,
    actorRole: ctx.actor?.role ?? null,
    ip: ctx.ip,
  };
  const audit = plan.audit.map((a) => ({
    ...actor,
    action: a.action,
    entityType: a.entityType,
    entityId: a.entityId,
    before: a.before === undefined ? null : redact(a.before),
    after: redact(a.after),
  }));
  await insertAll(audit, (b) => tx.insert(auditLog).values(b), onBatch);
  // PGlite has no autovacuum: after a bulk load the planner would still think these tables are
  // nearly empty and pick nested loops that make the next import quadratic.
  if (plan.newBusinesses.length + plan.newOwners.length >= ANALYZE_AFTER)
    await tx.execute(sql`analyze businesses, owners, business_owners, business_snapshots, certifications`);
}

const ANALYZE_AFTER = 1000;
