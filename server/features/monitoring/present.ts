import type { Answers } from '#core/domain/monitoring';
import type { AnswersOut, Visit, VisitForm } from '#core/schemas/monitoring';
import type { BusinessFacts } from '#server/features/registry/service';
import type { Actor } from '#server/lib/context';
import { type VisitScope, visitPermissions } from './policy';
import type { FormRow } from './queries/forms';
import type { VersionRow, VisitRow } from './queries/visits';

/** Marks a visit whose figures are being copied into the registry right now. */
export const PENDING_SNAPSHOT = '00000000-0000-0000-0000-000000000000';

export const photoUrl = (visitId: string, photoId: string) => `/api/visits/${visitId}/photos/${photoId}`;

/** Stored answers as the API shows them: photos become links the browser can load. */
export function presentAnswers(visitId: string, answers: Answers): AnswersOut {
  return Object.fromEntries(
    Object.entries(answers).map(([key, value]) => {
      if (Array.isArray(value) && value.length > 0 && typeof value[0] === 'object') {
        return [key, (value as { id: string }[]).map((p) => ({ id: p.id, url: photoUrl(visitId, p.id) }))];
      }
      return [key, value as AnswersOut[string]];
    }),
  );
}

export const scopeOf = (row: Pick<VisitRow, 'status'>, business: BusinessFacts): VisitScope => ({
  districtCode: business.districtCode,
  ownerUserIds: business.ownerUserIds,
  status: row.status,
});

export function presentVisit(row: VisitRow, business: BusinessFacts, actor: Actor | null): Visit {
  return {
    id: row.id,
    businessId: row.businessId,
    businessName: business.name,
    districtCode: business.districtCode,
    districtName: business.districtName,
    officerId: row.officerId,
    officerName: row.officerName,
    visitedAt: row.visitedAt.toISOString(),
    visitedOn: row.visitedOn,
    formId: row.formId,
    formVersion: row.formVersion,
    answers: presentAnswers(row.id, row.answers),
    version: row.version,
    status: row.status,
    reviewComment: row.reviewComment,
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
    registrySnapshotId: row.registrySnapshotId === PENDING_SNAPSHOT ? null : row.registrySnapshotId,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    permissions: visitPermissions(actor, scopeOf(row, business)),
  };
}

export function presentVersion(row: VersionRow) {
  return {
    version: row.version,
    change: row.change,
    visitedAt: row.visitedAt.toISOString(),
    formVersion: row.formVersion,
    answers: presentAnswers(row.visitId, row.answers),
    status: row.status,
    comment: row.comment,
    actorId: row.actorId,
    actorName: row.actorName,
    at: row.at.toISOString(),
  };
}

export function presentForm(row: FormRow, currentVersion: number): VisitForm {
  return {
    id: row.id,
    version: row.version,
    title: row.title,
    questions: row.questions as VisitForm['questions'],
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdByName,
    current: row.version === currentVersion,
  };
}
