import type { AuditEntry } from '#core/schemas/audit';
import type { Actor } from '#server/lib/context';
import type { AuditRow } from '../queries/history';

/** Audit rows as registry readers see them: the IP address is for admins only. */
export function presentAuditEntry(row: AuditRow, actor: Actor | null): AuditEntry {
  return { ...row, at: row.at.toISOString(), ip: actor?.role === 'admin' ? row.ip : null };
}
