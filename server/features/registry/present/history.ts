import type { AuditEntry } from '#core/schemas/audit';
import type { HistoryChange, HistoryEntry } from '#core/schemas/registry';
import type { Actor } from '#server/lib/context';
import type { AuditRow } from '../queries/history';

/** Audit rows as registry readers see them: the IP address is for admins only. */
export function presentAuditEntry(row: AuditRow, actor: Actor | null): AuditEntry {
  return { ...row, at: row.at.toISOString(), ip: actor?.role === 'admin' ? row.ip : null };
}

/** Fields whose value is a region code: the history shows the region's name with it. */
const REGION_FIELDS = new Set(['regencyCode', 'districtCode', 'villageCode']);
/** Bookkeeping, not something a person changed (the NIK is shown through `nikMasked`). */
const NOT_SHOWN = new Set([
  'id',
  'businessId',
  'userId',
  'updatedAt',
  'createdAt',
  'recordedAt',
  'recordedBy',
  'hasNik',
]);

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The fields an update changed, old and new value each. Only for entries that recorded the
 * record before and after (`….update`); a created or deleted record is named by its action.
 */
export function changedFields(row: Pick<AuditRow, 'action' | 'before' | 'after'>) {
  const { before, after } = row;
  if (!row.action.endsWith('.update') || !isRecord(before) || !isRecord(after)) return [];
  return Object.keys(after)
    .filter((k) => k in before && !NOT_SHOWN.has(k))
    .filter((k) => JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null))
    .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }));
}

/** The region codes a page of entries changes, to look their names up at once. */
export function regionCodesOf(rows: Pick<AuditRow, 'action' | 'before' | 'after'>[]): string[] {
  const codes = new Set<string>();
  for (const row of rows)
    for (const c of changedFields(row))
      if (REGION_FIELDS.has(c.field))
        for (const v of [c.before, c.after]) if (typeof v === 'string' && v) codes.add(v);
  return [...codes];
}

/** A business's history entry: who, when, what, and each changed field from → to. */
export function presentHistoryEntry(
  row: AuditRow,
  actor: Actor | null,
  regionNames: Map<string, string>,
): HistoryEntry {
  const nameOf = (field: string, v: unknown) =>
    REGION_FIELDS.has(field) && typeof v === 'string' ? (regionNames.get(v) ?? null) : null;
  const changes: HistoryChange[] = changedFields(row).map((c) => ({
    ...c,
    beforeName: nameOf(c.field, c.before),
    afterName: nameOf(c.field, c.after),
  }));
  return { ...presentAuditEntry(row, actor), changes };
}
