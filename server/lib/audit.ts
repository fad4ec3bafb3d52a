import type { Queryable } from '../db/client';
import { auditLog } from '../db/schema';
import type { ServiceContext } from './context';

// Keys whose values never reach the audit log, at any depth.
const SECRET_KEY = /password|token|secret|hash|^nik$|nik(enc|cipher)|encrypted/i;

export function redact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redact);
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [
        k,
        SECRET_KEY.test(k) ? '[redacted]' : redact(v),
      ]),
    );
  }
  return value;
}

export type AuditEvent = {
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
};

const rowOf = (ctx: Pick<ServiceContext, 'actor' | 'ip'>, event: AuditEvent) => ({
  actorId: ctx.actor?.id ?? null,
  actorEmail: ctx.actor?.email ?? null,
  actorRole: ctx.actor?.role ?? null,
  action: event.action,
  entityType: event.entityType,
  entityId: event.entityId ?? null,
  before: event.before === undefined ? null : redact(event.before),
  after: event.after === undefined ? null : redact(event.after),
  ip: ctx.ip,
});

/** Writes one audit row; call it inside the transaction of the change it records. */
export async function recordAudit(
  db: Queryable,
  ctx: Pick<ServiceContext, 'actor' | 'ip'>,
  event: AuditEvent,
) {
  await db.insert(auditLog).values(rowOf(ctx, event));
}

/** Writes many audit rows in one statement (a batch of changes made in one transaction). */
export async function recordAudits(
  db: Queryable,
  ctx: Pick<ServiceContext, 'actor' | 'ip'>,
  events: readonly AuditEvent[],
) {
  if (events.length > 0) await db.insert(auditLog).values(events.map((e) => rowOf(ctx, e)));
}
