import { randomUUID } from 'node:crypto';
import type { ExistingDetails } from './existing';
import type { Target } from './match';
import { importKey } from './parse/context';
import { beforeOf, businessInsert, businessPatch } from './plan-business';
import {
  estimatedAfter,
  figurePatch,
  newCertifications,
  snapshotCovers,
  snapshotValues,
} from './plan-figures';
import { type OwnerBook, planOwner } from './plan-owner';
import { emptyPlan, type Plan, type PlanContext } from './plan-types';
import type { ImportRecord } from './types';

type SnapshotState = {
  id: string;
  dataYear: number;
  values: Record<string, unknown>;
  isNew: boolean;
  fromFile: boolean;
};

/** Numeric columns go to the database as text; only the keys present are converted. */
const numericText = (values: Record<string, number | string | null>) => {
  const out: Record<string, number | string | null> = { ...values };
  for (const key of ['capacity', 'outputQuantity'])
    if (key in values) out[key] = values[key] === null ? null : String(values[key]);
  return out;
};

/** Adds the row's snapshot for its data year; returns 'new-year', 'changed' or null. */
function planSnapshot(
  plan: Plan,
  snapshots: SnapshotState[],
  businessId: string,
  r: ImportRecord,
  ctx: PlanContext,
): 'new-year' | 'changed' | null {
  const sameYear = snapshots.filter((s) => s.dataYear === r.dataYear);
  const planned = sameYear.find((s) => s.isNew);
  if (planned) {
    // A second row of this file for the same year only fills what the first left empty.
    const set = figurePatch(planned.values, r.figures, true);
    const estimatedFields = estimatedAfter(planned.values.estimatedFields, set, r.estimated);
    Object.assign(planned.values, numericText(set), { estimatedFields });
    return null;
  }
  if (sameYear.some((s) => snapshotCovers(s.values, r.figures))) return null;
  const ours = sameYear.find((s) => s.fromFile);
  if (ours) {
    const set = figurePatch(ours.values, r.figures, false);
    const estimatedFields = estimatedAfter(ours.values.estimatedFields, set, r.estimated);
    plan.snapshotUpdates.push({ id: ours.id, set: { ...numericText(set), estimatedFields } });
    Object.assign(ours.values, set, { estimatedFields });
    return 'changed';
  }
  const values = { ...numericText(snapshotValues(r.figures)), estimatedFields: [...r.estimated] };
  const id = randomUUID();
  const insert = {
    id,
    businessId,
    dataYear: r.dataYear,
    ...values,
    source: 'import',
    sourceDetail: ctx.fileName,
    recordedAt: ctx.now,
    recordedBy: ctx.actorId,
  };
  plan.newSnapshots.push(insert);
  // The same object: a later row of this file filling blanks fills the row to be inserted.
  snapshots.push({ id, dataYear: r.dataYear, values: insert, isNew: true, fromFile: true });
  return 'new-year';
}

/**
 * Turns matched rows into writes and counts each row: the row that brings a business into
 * the registry is `created`; a row that adds or changes anything of an existing business is
 * `updated`, one that brings nothing new is a `duplicate`; a later row of the same file about
 * the same business is a `duplicate` too, unless it adds another data year's figures.
 */
export function planImport(
  targets: Target[],
  details: Map<string, ExistingDetails>,
  book: OwnerBook,
  ctx: PlanContext,
): Plan {
  const plan = emptyPlan();
  for (const t of targets) {
    if (t.records.length === 0) continue;
    const existing = t.existing ? details.get(t.id) : undefined;
    const snapshots: SnapshotState[] = (existing?.snapshots ?? []).map((s) => ({
      id: s.id,
      dataYear: s.dataYear,
      values: s as unknown as Record<string, unknown>,
      isNew: false,
      fromFile: s.source === 'import' && s.sourceDetail === ctx.fileName,
    }));
    const held = [...(existing?.certifications ?? [])] as { type: string; label: string | null }[];
    const first = t.records[0];
    const row = existing?.business ?? businessInsert(t.id, first.business, ctx);
    if (!existing) plan.newBusinesses.push(row);
    const set = {};
    let anyUpdated = false;
    for (const [i, r] of t.records.entries()) {
      const latest = existing?.latestYear ?? null;
      const current = latest === null || r.dataYear >= latest;
      const repeat = i > 0;
      let changed = false;
      // New businesses take later rows' values only where the first row left blanks.
      const patch = businessPatch({ ...row, ...set }, r.business, current && !repeat && !!existing);
      if (Object.keys(patch).length > 0) {
        Object.assign(set, patch);
        changed = true;
      }
      if (existing && !current && i === 0)
        plan.warnings.push({
          row: r.row,
          sheet: r.sheet,
          column: null,
          key: importKey('row.olderData'),
          params: { year: r.dataYear, latest: latest ?? '' },
        });
      if (planOwner(plan, book, t.id, r, current && !repeat, ctx)) changed = true;
      const snapshot = planSnapshot(plan, snapshots, t.id, r, ctx);
      if (snapshot) changed = true;
      for (const c of newCertifications(held as never, r)) {
        plan.newCertifications.push({
          id: randomUUID(),
          businessId: t.id,
          type: c.type,
          label: c.label,
          number: c.number ?? null,
        });
        held.push({ type: c.type, label: c.label });
        changed = true;
      }
      if (repeat) {
        const firstRow = first.sheet === r.sheet ? first.row : `${first.sheet}!${first.row}`;
        plan.warnings.push({
          row: r.row,
          sheet: r.sheet,
          column: null,
          key: importKey('row.repeat'),
          params: { first: firstRow },
        });
        plan.outcomes.set(r, snapshot === 'new-year' ? 'updated' : 'duplicates');
        anyUpdated ||= snapshot === 'new-year';
      } else {
        plan.outcomes.set(r, !existing ? 'created' : changed ? 'updated' : 'duplicates');
        anyUpdated ||= !!existing && changed;
      }
    }
    const audit = { importId: ctx.importId, fileName: ctx.fileName, rows: t.records.map((r) => r.row) };
    if (!existing) {
      Object.assign(row, set);
      plan.audit.push({
        action: 'business.create',
        entityType: 'business',
        entityId: t.id,
        after: { ...auditView(row), ...audit },
      });
    } else if (Object.keys(set).length > 0) {
      plan.businessUpdates.push({ id: t.id, set: { ...set, updatedAt: ctx.now } });
      plan.audit.push({
        action: 'business.update',
        entityType: 'business',
        entityId: t.id,
        before: beforeOf(existing.business, set),
        after: { ...set, ...audit },
      });
    } else if (anyUpdated) {
      plan.audit.push({ action: 'business.update', entityType: 'business', entityId: t.id, after: audit });
    }
  }
  return plan;
}

function auditView(row: Record<string, unknown>) {
  const { createdAt: _c, updatedAt: _u, createdBy: _b, ...rest } = row;
  return rest;
}
