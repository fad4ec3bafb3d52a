import type { FastifyRequest } from 'fastify';
import type { Locale } from '#core/i18n/locales';
import type { Role } from '#core/schemas/common';
import type { Config } from '../config';
import type { Db } from '../db/client';

export type Actor = {
  id: string;
  email: string;
  name: string;
  role: Role;
  kecamatanCodes: string[];
  locale: Locale;
};

export type SessionUser = Actor & { sessionId: string; tokenHash: string };

/** What a use case needs to run: the database, the configuration and who is asking. */
export type ServiceContext = {
  db: Db;
  config: Config;
  actor: Actor | null;
  ip: string | null;
};

export function contextFrom(request: FastifyRequest): ServiceContext {
  return {
    db: request.server.database.db,
    config: request.server.config,
    actor: request.user,
    ip: request.ip ?? null,
  };
}
