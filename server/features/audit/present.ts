import type { AuditEntry } from '#core/schemas/audit';
import type { auditLog } from '#server/db/schema';

type Row = typeof auditLog.$inferSelect;

export const presentAuditEntry = (r: Row, entityName: string | null = null): AuditEntry => ({
  ...r,
  at: r.at.toISOString(),
  entityName,
});
