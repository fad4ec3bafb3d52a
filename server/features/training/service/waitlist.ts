import type { Queryable } from '#server/db/client';
import { recordAudit } from '#server/lib/audit';
import type { ServiceContext } from '#server/lib/context';
import type { EventRow } from '../queries/events';
import { countRegistered, firstWaiting, setStatus } from '../queries/registrations';

/**
 * Moves the first people waiting into free seats, in registration order. Call it inside the
 * transaction that locked the event row, after whatever freed or added the seats.
 */
export async function promoteWaiting(tx: Queryable, ctx: ServiceContext, event: EventRow): Promise<string[]> {
  const free = event.capacity - (await countRegistered(tx, event.id));
  const waiting = await firstWaiting(tx, event.id, free);
  const promoted: string[] = [];
  for (const w of waiting) {
    await setStatus(tx, w.id, 'registered', { promotedAt: new Date() });
    await recordAudit(tx, ctx, {
      action: 'training.registration_promote',
      entityType: 'training_registration',
      entityId: w.id,
      before: { status: 'waitlisted' },
      after: { status: 'registered' },
    });
    promoted.push(w.id);
  }
  return promoted;
}
