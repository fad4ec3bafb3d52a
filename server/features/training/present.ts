import { meetsRule } from '#core/domain/training';
import type { AttendanceRecord, Certificate, Registration, TrainingEvent } from '#core/schemas/training';
import type { Actor } from '#server/lib/context';
import { toIso } from '#server/lib/http';
import { eventPermissions, seesContactDetails } from './policy';
import type { AttendanceRow } from './queries/attendance';
import type { CertificateRow } from './queries/certificates';
import type { EventCounts, EventRow, SessionRow } from './queries/events';
import type { RegistrationWithFacts } from './queries/registrations';

export const presentSession = (s: SessionRow) => ({
  id: s.id,
  date: s.date,
  start: s.startTime,
  end: s.endTime,
  topic: s.topic,
});

export function presentEvent(
  row: EventRow,
  extra: { sessions: SessionRow[]; counts: EventCounts; programName: string | null },
  actor: Actor | null,
): TrainingEvent {
  return {
    id: row.id,
    programId: row.programId,
    programName: extra.programName,
    title: { id: row.titleId, en: row.titleEn },
    subsector: row.subsector,
    startDate: row.startDate,
    endDate: row.endDate,
    venue: row.venue,
    organizer: row.organizer,
    signatoryName: row.signatoryName,
    signatoryTitle: row.signatoryTitle,
    description: row.description,
    capacity: row.capacity,
    waitlist: row.waitlist,
    registrationOpensAt: toIso(row.registrationOpensAt),
    registrationClosesAt: toIso(row.registrationClosesAt),
    attendanceRule: { minShare: row.minShare },
    followupOffsets: row.followupOffsets,
    trainerIds: row.trainerIds,
    status: row.finishedAt ? 'finished' : 'scheduled',
    finishedAt: toIso(row.finishedAt),
    sessions: extra.sessions.map(presentSession),
    counts: extra.counts,
    permissions: eventPermissions(actor, row),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** `+6281234567890` → `+62812••••7890`: enough to tell two people apart, not to call them. */
export const maskPhone = (phone: string | null) =>
  phone && phone.length > 8
    ? `${phone.slice(0, 6)}${'•'.repeat(phone.length - 10)}${phone.slice(-4)}`
    : phone;

export function presentRegistration(
  row: RegistrationWithFacts,
  ctx: { actor: Actor | null; sessionCount: number; minShare: number; waitlistPosition: number | null },
): Registration {
  const contact = seesContactDetails(ctx.actor);
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    status: row.status,
    phone: contact ? row.phone : maskPhone(row.phone),
    email: contact ? row.email : null,
    businessName: row.businessName,
    businessId: row.businessId,
    districtCode: row.districtCode,
    source: row.source,
    createdAt: row.createdAt.toISOString(),
    waitlistPosition: ctx.waitlistPosition,
    attended: row.attended,
    meetsRule: row.status === 'registered' && meetsRule(row.attended, ctx.sessionCount, ctx.minShare),
    preScore: row.preScore,
    postScore: row.postScore,
    certificate: row.certificateCode
      ? { code: row.certificateCode, status: row.certificateStatus ?? 'valid' }
      : null,
  };
}

export function presentCertificate(row: CertificateRow, name: string): Certificate {
  return {
    code: row.code,
    registrationId: row.registrationId,
    name,
    status: row.status,
    issuedAt: row.issuedAt.toISOString(),
    overrideReason: row.overrideReason,
    revokedReason: row.revokedReason,
    revokedAt: toIso(row.revokedAt),
  };
}

export function presentAttendance(row: AttendanceRow, reg: { name: string; code: string }): AttendanceRecord {
  return {
    id: row.id,
    clientId: row.clientId,
    registrationId: row.registrationId,
    sessionId: row.sessionId,
    scannedAt: row.scannedAt.toISOString(),
    name: reg.name,
    code: reg.code,
  };
}
