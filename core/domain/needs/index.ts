/*
 * Needs inventory and support given (issue 13), from ../shared/domain/ikm.md. The single place
 * where the categories, priorities, statuses, the allowed status changes, the kinds of support
 * and who delivers them are defined; server, web and the dashboard all read them from here.
 */
import { NEED_CATEGORIES, NEED_LABELS, type NeedCategory } from '../monitoring/need-categories';

export { NEED_CATEGORIES, NEED_LABELS, type NeedCategory };

export const NEED_PRIORITIES = ['high', 'medium', 'low'] as const;
export type NeedPriority = (typeof NEED_PRIORITIES)[number];

export const NEED_STATUSES = ['identified', 'planned', 'in_progress', 'met', 'not_pursued'] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number];

/** A need still waiting for an answer: at most one per (business, category) at a time. */
export const OPEN_NEED_STATUSES = [
  'identified',
  'planned',
  'in_progress',
] as const satisfies readonly NeedStatus[];
export const CLOSED_NEED_STATUSES = ['met', 'not_pursued'] as const satisfies readonly NeedStatus[];

export function isOpenNeedStatus(s: string): boolean {
  return (OPEN_NEED_STATUSES as readonly string[]).includes(s);
}

/**
 * The status changes allowed, from → to. A met need stays met (if the same lack shows up again,
 * a new need is recorded); a need not pursued may be taken up again (back to identified).
 */
export const NEED_TRANSITIONS: Record<NeedStatus, readonly NeedStatus[]> = {
  identified: ['planned', 'in_progress', 'not_pursued'],
  planned: ['identified', 'in_progress', 'not_pursued'],
  in_progress: ['planned', 'met', 'not_pursued'],
  met: [],
  not_pursued: ['identified'],
};

export function canMoveNeed(from: NeedStatus, to: NeedStatus): boolean {
  return NEED_TRANSITIONS[from].includes(to);
}

/** Where a need was seen: a monitoring visit, a survey, an export-readiness gap, or typed in. */
export const NEED_EVIDENCE_SOURCES = ['visit', 'survey', 'readiness_gap', 'manual'] as const;
export type NeedEvidenceSource = (typeof NEED_EVIDENCE_SOURCES)[number];

/** What moved a need's status: a person, a visit, recorded support. */
export const NEED_CHANGE_SOURCES = ['manual', 'visit', 'support', 'readiness_gap'] as const;
export type NeedChangeSource = (typeof NEED_CHANGE_SOURCES)[number];

export const SUPPORT_TYPES = [
  'training',
  'equipment_grant',
  'certification_facilitation',
  'exhibition',
  'marketplace_onboarding',
  'mentoring',
  'financing_referral',
] as const;
export type SupportType = (typeof SUPPORT_TYPES)[number];

export const DELIVERER_KINDS = ['office', 'partner_agency', 'bank', 'university'] as const;
export type DelivererKind = (typeof DELIVERER_KINDS)[number];

/**
 * Recording support that answers an open need moves it to in progress (identified or planned
 * → in_progress). Whether the need is met is the officer's call, made with PATCH (support
 * given is not yet a need met).
 */
export function statusAfterSupport(current: NeedStatus): NeedStatus | null {
  return current === 'identified' || current === 'planned' ? 'in_progress' : null;
}
