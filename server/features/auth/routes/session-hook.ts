import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { SessionUser } from '#server/lib/context';
import { AppError } from '#server/lib/errors';
import { resolveSession } from '../service';
import { CSRF_COOKIE, CSRF_HEADER, csrfTokenFor, SESSION_COOKIE, safeEqual } from '../service/tokens';

declare module 'fastify' {
  interface FastifyRequest {
    user: SessionUser | null;
  }
  interface FastifyContextConfig {
    /** Reachable without a session. Everything else is denied by default. */
    public?: boolean;
    /** Set false only for endpoints that create a session (login, setup). */
    csrf?: boolean;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function setSessionCookies(
  reply: FastifyReply,
  app: FastifyInstance,
  session: { token: string; tokenHash: string; expiresAt: Date },
) {
  const secure = app.config.cookieSecure;
  reply.setCookie(SESSION_COOKIE, session.token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    expires: session.expiresAt,
  });
  reply.setCookie(CSRF_COOKIE, csrfTokenFor(app.config.secrets.sessionSecret, session.tokenHash), {
    path: '/',
    httpOnly: false,
    sameSite: 'lax',
    secure,
    expires: session.expiresAt,
  });
}

export function clearSessionCookies(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
  reply.clearCookie(CSRF_COOKIE, { path: '/' });
}

function sessionOf(request: FastifyRequest): Promise<SessionUser | null> | null {
  const token = request.cookies[SESSION_COOKIE];
  if (!token || token.length > 200) return null;
  return resolveSession(request.server.database.db, token, request.server.config.SESSION_IDLE_MINUTES);
}

/** Session lookup, deny-by-default and CSRF for every route of the app. */
export async function registerAuth(app: FastifyInstance) {
  app.decorateRequest('user', null);

  // Everything runs in onRequest so that refusals come before body validation.
  app.addHook('onRequest', async (request) => {
    request.user = await sessionOf(request);
    // Unmatched URLs fall through to the not-found handler (404 JSON or the web app).
    if (request.routeOptions.url === undefined) return;
    const config = request.routeOptions.config ?? {};
    if (!request.user && !config.public) throw new AppError('unauthenticated');
    if (request.user && UNSAFE.has(request.method) && config.csrf !== false) {
      const header = request.headers[CSRF_HEADER];
      const cookie = request.cookies[CSRF_COOKIE];
      const expected = csrfTokenFor(request.server.config.secrets.sessionSecret, request.user.tokenHash);
      if (
        typeof header !== 'string' ||
        !cookie ||
        !safeEqual(header, cookie) ||
        !safeEqual(header, expected)
      ) {
        throw new AppError('csrf_failed');
      }
    }
  });
}
