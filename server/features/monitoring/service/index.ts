/* Monitoring visits, forms, follow-ups and the cohort funnel. Other features call only these. */

export { onVisitApproved, type VisitApprovedHook } from './approval-hook';
export { cohortFunnel, listFollowUps } from './follow-ups';
export { createFormVersion, formsSeeder, getCurrentForm, getFormVersion, listFormVersions } from './forms';
export { listMyBusinesses } from './my-businesses';
export {
  getVisit,
  getVisitPhoto,
  lastVisit,
  listVisits,
  observedNeedsOfVisit,
  visitHistory,
} from './read-visits';
export { recordVisit } from './record-visit';
export { type CohortEvent, type CohortMember, type ScheduleSource, useScheduleSource } from './schedules';
export { reviewVisit, updateVisit } from './update-visit';
export { visitToRegistry } from './visit-to-registry';
