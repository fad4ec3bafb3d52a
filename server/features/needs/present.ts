import { NEED_TRANSITIONS } from '#core/domain/needs';
import type { Need, NeedDetail, Support } from '#core/schemas/needs';
import type { Actor } from '#server/lib/context';
import { canWriteAt } from './policy';
import type { EvidenceRow, HistoryRow, NeedRow } from './queries/needs';
import type { SupportRow } from './queries/support';

const iso = (v: Date | string) => (v instanceof Date ? v : new Date(v)).toISOString();

export function presentNeed(row: NeedRow): Need {
  return {
    id: row.id,
    businessId: row.businessId,
    businessName: row.businessName,
    districtCode: row.districtCode,
    districtName: row.districtName,
    category: row.category,
    priority: row.priority,
    description: row.description,
    status: row.status,
    evidenceSource: row.evidenceSource,
    evidenceRef: row.evidenceRef,
    identifiedOn: row.identifiedOn,
    updatedAt: iso(row.updatedAt),
  };
}

export function presentSupport(row: SupportRow): Support {
  return {
    id: row.id,
    type: row.type,
    date: row.date,
    valueIdr: Number(row.valueIdr),
    deliveredBy: { kind: row.deliveredByKind, name: row.deliveredByName },
    title: row.title,
    note: row.note,
    trainingEventId: row.trainingEventId,
    businessCount: Number(row.businessCount),
    needCount: Number(row.needCount),
    createdAt: iso(row.createdAt),
  };
}

export function presentNeedDetail(
  row: NeedRow,
  parts: { history: HistoryRow[]; evidence: EvidenceRow[]; support: SupportRow[] },
  actor: Actor | null,
): NeedDetail {
  const canChange = canWriteAt(actor, row.districtCode);
  return {
    ...presentNeed(row),
    history: parts.history.map((h) => ({
      fromStatus: h.fromStatus,
      toStatus: h.toStatus,
      note: h.note,
      source: h.source,
      actorId: h.actorId,
      actorName: h.actorName,
      supportId: h.supportId,
      at: iso(h.at),
    })),
    evidence: parts.evidence.map((e) => ({
      source: e.source,
      ref: e.ref === '' ? null : e.ref,
      visitId: e.visitId,
      observedOn: e.observedOn,
      note: e.note,
    })),
    support: parts.support.map((s) => ({
      id: s.id,
      type: s.type,
      date: s.date,
      valueIdr: Number(s.valueIdr),
      deliveredBy: { kind: s.deliveredByKind, name: s.deliveredByName },
    })),
    nextStatuses: canChange ? [...NEED_TRANSITIONS[row.status]] : [],
    canChange,
  };
}
