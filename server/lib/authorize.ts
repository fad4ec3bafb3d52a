import type { FastifyRequest } from 'fastify';
import type { Role } from '#core/schemas/common';
import type { SessionUser } from './context';
import { AppError } from './errors';

export function requireUser(request: FastifyRequest): SessionUser {
  if (!request.user) throw new AppError('unauthenticated');
  return request.user;
}

/** Throws 403 unless the signed-in user has one of `roles`. */
export function requireRole(request: FastifyRequest, ...roles: Role[]): SessionUser {
  const user = requireUser(request);
  if (!roles.includes(user.role)) throw new AppError('forbidden');
  return user;
}
