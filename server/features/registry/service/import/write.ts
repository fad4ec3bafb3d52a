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
import { redact } from '#server/lib/audit';
import type { ServiceContext } from '#server/lib/context';
import { prefillDerivedColumns } from './derived';
import type { Plan } from './plan-types';

/** Runs a plan's writes; the caller owns the transaction, so a failure anywhere undoes them all. */
export async function writePlan(
  tx: Queryable,
  ctx: Pick<ServiceContext, 'actor' | 'ip'>,
  plan: Plan,
  onBatch: () => void = () => {},
) {
  prefillDerivedColumns(plan);
  await bulkInsert(tx, businesses, plan.newBusinesses, { onBatch });
  for (const u of plan.businessUpdates) await tx.update(businesses).set(u.set).where(eq(businesses.id, u.id));
  await bulkInsert(tx, owners, plan.newOwners, { onBatch });
  for (const u of plan.ownerUpdates) await tx.update(owners).set(u.set).where(eq(owners.id, u.id));
  await bulkInsert(tx, businessOwners, plan.links, { onConflictDoNothing: true, onBatch });
  await bulkInsert(tx, businessSnapshots, plan.newSnapshots, { onBatch });
  for (const u of plan.snapshotUpdates)
    await tx.update(businessSnapshots).set(u.set).where(eq(businessSnapshots.id, u.id));
  await bulkInsert(tx, certifications, plan.newCertifications, { onBatch });
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
  await bulkInsert(tx, auditLog, audit, { onBatch });
  // PGlite has no autovacuum: after a bulk load the planner would still think these tables are
  // nearly empty and pick nested loops that make the next import quadratic.
  if (plan.newBusinesses.length + plan.newOwners.length >= ANALYZE_AFTER)
    await tx.execute(sql`analyze businesses, owners, business_owners, business_snapshots, certifications`);
}

const ANALYZE_AFTER = 1000;
