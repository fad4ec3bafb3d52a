import type { FastifyRequest } from 'fastify';
import { authApi } from '#core/api/auth';
import type { MeResponse } from '#core/schemas/auth';
import { officeTimeZone } from '#core/time';
import { requireUser } from '#server/lib/authorize';
import { type Actor, contextFrom } from '#server/lib/context';
import { registerEndpoints } from '#server/lib/endpoints';
import type { App } from '#server/lib/http';
import * as auth from '../service';
import { csrfTokenFor, hashToken, SESSION_COOKIE } from '../service/tokens';
import { clearSessionCookies, setSessionCookies } from './session-hook';

/** The session as the web needs it: who, the CSRF token, what they may do, the office's calendar. */
function sessionAnswer(request: FastifyRequest, user: Actor, tokenHash: string): MeResponse {
  const { config } = request.server;
  return {
    user,
    csrfToken: csrfTokenFor(config.secrets.sessionSecret, tokenHash),
    permissions: request.server.permissionsOf(user),
    office: { timeZone: officeTimeZone() },
  };
}

export default async function authRoutes(app: App) {
  registerEndpoints(app, authApi, {
    setupStatus: async (request) => auth.getSetupStatus(contextFrom(request)),

    setup: async (request, reply) => {
      const { user, session } = await auth.completeSetup(
        contextFrom(request),
        request.body,
        request.headers['user-agent'] ?? null,
      );
      setSessionCookies(reply, app, session);
      return sessionAnswer(request, user, session.tokenHash);
    },

    login: async (request, reply) => {
      const previous = request.cookies[SESSION_COOKIE];
      const { user, session } = await auth.login(
        contextFrom(request),
        request.body,
        request.headers['user-agent'] ?? null,
        previous ? hashToken(previous) : null,
      );
      setSessionCookies(reply, app, session);
      return sessionAnswer(request, user, session.tokenHash);
    },

    logout: async (request, reply) => {
      const user = requireUser(request);
      await auth.logout(contextFrom(request), user.tokenHash);
      clearSessionCookies(reply);
      return { ok: true as const };
    },

    me: async (request) => {
      const { sessionId: _s, tokenHash, ...user } = requireUser(request);
      return sessionAnswer(request, user, tokenHash);
    },

    updateMe: async (request) => {
      const current = requireUser(request);
      const user = await auth.updateMe(contextFrom(request), request.body);
      return sessionAnswer(request, user, current.tokenHash);
    },

    changePassword: async (request) => {
      const user = requireUser(request);
      await auth.changePassword(contextFrom(request), user.sessionId, request.body);
      return { ok: true as const };
    },
  });
}
