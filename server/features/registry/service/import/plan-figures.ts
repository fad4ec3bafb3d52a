import type { certifications } from '#server/db/schema';
import { FIGURE_FIELDS, type FigureData, type FigureField, type ImportRecord } from './types';

type SnapshotRow = Partial<Record<string, unknown>>;
type CertRow = Pick<typeof certifications.$inferSelect, 'type' | 'label'>;

const same = (a: unknown, b: unknown) =>
  typeof b === 'number' ? a !== null && a !== undefined && Number(a) === b : String(a ?? '') === String(b);

/** True when the snapshot already says everything the row says (the row may say less). */
export function snapshotCovers(s: SnapshotRow, figures: FigureData): boolean {
  // The total a snapshot stores may be derived from its parts; it covers the row's when equal.
  return FIGURE_FIELDS.every((f) => figures[f] === null || same(s[f], figures[f]));
}

/** Which of the snapshot's figures stay estimates once `set` is laid over it. */
export function estimatedAfter(
  current: unknown,
  set: Record<string, unknown>,
  estimated: readonly FigureField[],
): FigureField[] {
  const before = Array.isArray(current) ? (current as FigureField[]) : [];
  const kept = before.filter((f) => !(f in set));
  return [...kept, ...estimated.filter((f) => f in set && !kept.includes(f))];
}

/** The row's figures laid over the snapshot's; only fields the row gives. */
export function figurePatch(s: SnapshotRow | null, figures: FigureData, fillOnly: boolean) {
  const set: Record<string, number | string> = {};
  for (const f of FIGURE_FIELDS) {
    const value = figures[f];
    if (value === null) continue;
    const current = s?.[f];
    if (current === null || current === undefined || (!fillOnly && !same(current, value))) set[f] = value;
  }
  return set;
}

const certKey = (c: CertRow) => (c.type === 'lainnya' ? `lainnya:${(c.label ?? '').toLowerCase()}` : c.type);

/** Certifications of the row that the business does not hold yet. */
export function newCertifications(held: CertRow[], record: ImportRecord): ImportRecord['certifications'] {
  const keys = new Set(held.map(certKey));
  return record.certifications.filter((c) => !keys.has(certKey({ type: c.type, label: c.label })));
}

export function snapshotValues(figures: FigureData) {
  const values: Record<string, number | string | null> = {};
  for (const f of FIGURE_FIELDS) values[f] = figures[f] === null ? null : figures[f];
  return values;
}
