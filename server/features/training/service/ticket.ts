import { normalizeCode } from '#core/domain/training';
import type { ServiceContext } from '#server/lib/context';
import { notFound } from '#server/lib/errors';
import { findRegistrationByCode } from '../queries/registrations';
import { loadAnyEvent } from './access';
import { ticketPdf } from './exports';

/** The printable ticket of whoever holds the code. */
export async function publicTicket(ctx: ServiceContext, code: string) {
  const reg = await findRegistrationByCode(ctx.db, normalizeCode(code));
  if (!reg || reg.status === 'cancelled') throw notFound('training:errors.registrationNotFound');
  const event = await loadAnyEvent(ctx, reg.eventId);
  return { code: reg.code, pdf: await ticketPdf(event, reg) };
}
