/*
 * Training's use cases. Other features (monitoring, dashboard, bench) call training only
 * through these exports: monitoring reads the cohorts' follow-up schedule with
 * `listDueFollowups` and marks a due visit done with `fulfillFollowup`.
 */

export type { DueFollowupFilter } from '../queries/outcomes';
export { getAssessments, importAssessments, saveAssessments } from './assessments';
export { listAttendance, recordAttendance, recordScans } from './attendance';
export { type BusinessCertificate, certificatesOfBusinesses } from './catalog-evidence';
export {
  certificatePdf,
  certificatesZip,
  issueCertificates,
  listCertificates,
  publicKey,
  revokeCertificate,
  verifyCertificate,
  verifyUrlOf,
} from './certificates';
export { cohortSchedules } from './cohort-schedules';
export { createEvent, getEvent, listEvents, updateEvent } from './events';
export { attendanceSheetPdf, exportEventXlsx } from './exports';
export { feedbackSummary, submitFeedback } from './feedback';
export { type EventFinishedHook, type FinishedEvent, onEventFinished } from './finish-hook';
export {
  type DueFollowup,
  finishEvent,
  fulfillFollowup,
  listDueFollowups,
  listEventFollowups,
} from './followups';
export { createProgram, listPrograms, listTrainers, updateProgram } from './programs';
export { getPublicEvent, publicDistricts } from './public-event';
export {
  cancelByCode,
  cancelRegistration,
  getPublicRegistration,
  listRegistrations,
  myRegistrations,
  registerOnBehalf,
  registerPublic,
} from './registrations';
export { signPayload, verifyPayload } from './signing';
export { publicTicket } from './ticket';
