import type { Queryable } from '#server/db/client';
import { writeImportRows } from '#server/features/registry/queries/import-writes';
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
  await writeImportRows(tx, { ...plan, audit }, onBatch);
}
