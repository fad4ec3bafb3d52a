import type { FastifyRequest } from 'fastify';
import { requireUser } from '#server/lib/authorize';
import type { Actor } from '#server/lib/context';
import { AppError } from '#server/lib/errors';

/** 401 without a session, 403 unless the policy rule lets this person through. */
export function allow(request: FastifyRequest, rule: (actor: Actor) => boolean): void {
  if (!rule(requireUser(request))) throw new AppError('forbidden');
}
