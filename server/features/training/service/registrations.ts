import { normalizeCode, TRAINING_NOTICE_VERSION } from '#core/domain/training';
import type { RegistrationAnswer, RegistrationBody, RepeatRegistrationAnswer } from '#core/schemas/training';
import { findOrCreateParticipant, ownerIdsOfAccount } from '#server/features/registry/service';
import { recordAudit } from '#server/lib/audit';
import type { ServiceContext } from '#server/lib/context';
import { AppError, forbidden, notFound } from '#server/lib/errors';
import { toIso } from '#server/lib/http';
import { translate } from '#server/lib/i18n';
import { mailSender } from '#server/lib/mail';
import {
  canCancelFor,
  canRegisterAnyone,
  canRegisterOnBehalf,
  hasOwnRegistrations,
  inRegistrationScope,
  registrationScope,
} from '../policy';
import { presentRegistration } from '../present';
import { lockEvent, sessionsOf } from '../queries/events';
import * as q from '../queries/registrations';
import { loadAnyEvent, loadViewableEvent, requireActor } from './access';
import { randomCode } from './codes';
import { registrationWindow } from './registration-window';
import { promoteWaiting } from './waitlist';

const conflict = (key: string, path: string, params?: Record<string, unknown>) =>
  new AppError('conflict', key, {
    params,
    details: { fields: [{ path, code: 'conflict', message: key, ...(params ? { params } : {}) }] },
  });

async function newCode(ctx: ServiceContext) {
  for (;;) {
    const code = randomCode(8);
    if (!(await q.codeExists(ctx.db, code))) return code;
  }
}

/**
 * Registers a person for an event: matched to (or entered into) the registry, then given a
 * seat or a place on the waiting list. The same person again gets their existing registration.
 */
async function register(
  ctx: ServiceContext,
  eventId: string,
  input: RegistrationBody,
  mode: 'public' | 'office',
): Promise<{
  created: boolean;
  answer: RegistrationAnswer;
  repeat: { email: string | null; name: string; title: string } | null;
}> {
  if (mode === 'office' && input.districtCode && !canRegisterOnBehalf(ctx.actor, input.districtCode))
    throw forbidden('training:errors.districtOutsideScope');
  const code = await newCode(ctx);
  return ctx.db.transaction(async (tx) => {
    const event = await lockEvent(tx, eventId);
    if (!event) throw notFound('training:errors.eventNotFound');
    if (event.finishedAt) throw conflict('training:errors.eventFinished', 'eventId');
    if (mode === 'public') {
      const window = registrationWindow(event);
      if (window.reason === 'not_open')
        throw conflict('training:errors.registrationNotOpen', 'registrationOpensAt', {
          at: toIso(event.registrationOpensAt),
        });
      if (!window.open) throw conflict('training:errors.registrationClosed', 'registrationClosesAt');
    }
    const participant = await findOrCreateParticipant(tx, ctx, {
      name: input.name,
      phone: input.phone,
      email: input.email,
      nib: input.nib,
      nik: input.nik,
      businessName: input.businessName,
      districtCode: input.districtCode,
      noticeVersion: TRAINING_NOTICE_VERSION,
      source: 'training',
      sourceDetail: event.titleId.slice(0, 200),
    });
    if (mode === 'office' && !canRegisterOnBehalf(ctx.actor, participant.districtCode))
      throw forbidden('training:errors.districtOutsideScope');
    const existing = await q.findActiveRegistration(tx, event.id, participant.ownerId);
    if (existing)
      return {
        created: false,
        answer: { id: existing.id, code: existing.code, status: existing.status },
        repeat: { email: existing.email, name: existing.name, title: event.titleId },
      };
    const registered = await q.countRegistered(tx, event.id);
    if (registered >= event.capacity && !event.waitlist)
      throw conflict('training:errors.eventFull', 'capacity', { capacity: event.capacity });
    const row = await q.insertRegistration(tx, {
      eventId: event.id,
      code,
      ownerId: participant.ownerId,
      businessId: participant.businessId,
      name: input.name,
      phone: input.phone,
      email: input.email ?? null,
      businessName: participant.businessName,
      districtCode: participant.districtCode,
      status: registered < event.capacity ? 'registered' : 'waitlisted',
      source: mode,
      registeredBy: ctx.actor?.id ?? null,
    });
    await recordAudit(tx, ctx, {
      action: 'training.register',
      entityType: 'training_registration',
      entityId: row.id,
      after: {
        eventId: event.id,
        ownerId: row.ownerId,
        status: row.status,
        source: mode,
        matchedBy: participant.matchedBy,
      },
    });
    return { created: true, answer: { id: row.id, code: row.code, status: row.status }, repeat: null };
  });
}

/**
 * Public registration. The same person again gets their registration's id and status but not
 * its code: anyone may type a phone number, and the code opens that person's ticket. The code
 * is e-mailed again to the address given the first time (never to one typed now); without one,
 * the person asks the organizer, who sees it in the event's list.
 */
export async function registerPublic(
  ctx: ServiceContext,
  eventId: string,
  input: RegistrationBody,
): Promise<
  { created: true; answer: RegistrationAnswer } | { created: false; answer: RepeatRegistrationAnswer }
> {
  const { created, answer, repeat } = await register(ctx, eventId, input, 'public');
  if (created || !repeat) return { created: true, answer };
  const codeSent = repeat.email
    ? await mailCode(ctx, repeat.email, repeat.name, repeat.title, answer.code)
    : false;
  return {
    created: false,
    answer: { id: answer.id, status: answer.status, alreadyRegistered: true, codeSent },
  };
}

async function mailCode(ctx: ServiceContext, to: string, name: string, title: string, code: string) {
  try {
    await mailSender(ctx.config).send({
      to: [to],
      subject: translate('id', 'training:mail.codeSubject', { title }),
      text: translate('id', 'training:mail.codeBody', { name, title, code }),
    });
    return true;
  } catch {
    return false;
  }
}

export async function registerOnBehalf(ctx: ServiceContext, eventId: string, input: RegistrationBody) {
  if (!canRegisterAnyone(requireActor(ctx))) throw forbidden();
  const { created, answer } = await register(ctx, eventId, input, 'office');
  return { created, answer };
}

async function cancel(ctx: ServiceContext, row: q.RegistrationRow) {
  return ctx.db.transaction(async (tx) => {
    const event = await lockEvent(tx, row.eventId);
    const current = await q.findRegistration(tx, row.id);
    if (!event || !current) throw notFound();
    if (current.status === 'cancelled')
      return { id: current.id, code: current.code, status: current.status, promotedId: null };
    if (event.finishedAt) throw conflict('training:errors.eventFinished', 'eventId');
    await q.setStatus(tx, current.id, 'cancelled', { cancelledAt: new Date() });
    const promoted = current.status === 'registered' ? await promoteWaiting(tx, ctx, event) : [];
    await recordAudit(tx, ctx, {
      action: 'training.registration_cancel',
      entityType: 'training_registration',
      entityId: current.id,
      before: { status: current.status },
      after: { status: 'cancelled', promotedId: promoted[0] ?? null },
    });
    return {
      id: current.id,
      code: current.code,
      status: 'cancelled' as const,
      promotedId: promoted[0] ?? null,
    };
  });
}

export async function cancelByCode(ctx: ServiceContext, code: string) {
  const row = await q.findRegistrationByCode(ctx.db, normalizeCode(code));
  if (!row) throw notFound('training:errors.registrationNotFound');
  return cancel(ctx, row);
}

export async function cancelRegistration(ctx: ServiceContext, eventId: string, registrationId: string) {
  const actor = requireActor(ctx);
  await loadViewableEvent(ctx, eventId);
  const row = await q.findRegistration(ctx.db, registrationId);
  if (!row || row.eventId !== eventId) throw notFound('training:errors.registrationNotFound');
  if (!canCancelFor(actor, row.districtCode)) throw forbidden();
  return cancel(ctx, row);
}

export async function getPublicRegistration(ctx: ServiceContext, code: string) {
  const row = await q.findRegistrationByCode(ctx.db, normalizeCode(code));
  if (!row) throw notFound('training:errors.registrationNotFound');
  const event = await loadAnyEvent(ctx, row.eventId);
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    status: row.status,
    waitlistPosition: row.status === 'waitlisted' ? await q.waitlistPosition(ctx.db, row) : null,
    event: {
      id: event.id,
      title: { id: event.titleId, en: event.titleEn },
      startDate: event.startDate,
      endDate: event.endDate,
      venue: event.venue,
    },
    feedbackGiven: await q.hasFeedback(ctx.db, row.id),
    finished: event.finishedAt !== null,
  };
}

export async function listRegistrations(ctx: ServiceContext, eventId: string) {
  const event = await loadViewableEvent(ctx, eventId);
  const scope = registrationScope(ctx.actor, event);
  if (!scope) throw forbidden();
  const [rows, sessions] = await Promise.all([
    q.listRegistrations(ctx.db, eventId, scope.all ? null : scope.districtCodes),
    sessionsOf(ctx.db, eventId),
  ]);
  // Rows come in registration order, so places in the queue follow from it (all-scope lists).
  let waiting = 0;
  const items = [];
  for (const row of rows) {
    if (!inRegistrationScope(scope, row.districtCode)) continue;
    const position =
      row.status !== 'waitlisted' ? null : scope.all ? ++waiting : await q.waitlistPosition(ctx.db, row);
    items.push(
      presentRegistration(row, {
        actor: ctx.actor,
        sessionCount: sessions.length,
        minShare: event.minShare,
        waitlistPosition: position,
      }),
    );
  }
  return { items };
}

export async function myRegistrations(ctx: ServiceContext) {
  const actor = requireActor(ctx);
  if (!hasOwnRegistrations(actor)) throw forbidden();
  const rows = await q.registrationsOfOwners(ctx.db, ownerIdsOfAccount(actor.id));
  return {
    items: rows.map((x) => ({
      id: x.r.id,
      code: x.r.code,
      status: x.r.status,
      event: {
        id: x.event.id,
        title: { id: x.event.titleId, en: x.event.titleEn },
        startDate: x.event.startDate,
        endDate: x.event.endDate,
        venue: x.event.venue,
      },
      attended: Number(x.attended),
      sessions: Number(x.sessions),
      certificate: x.certificateCode
        ? { code: x.certificateCode, status: x.certificateStatus ?? ('valid' as const) }
        : null,
    })),
  };
}
