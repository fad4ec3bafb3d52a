import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { SessionUser } from '#server/lib/context';
import { AppError } from '#server/lib/errors';
import * as q from './queries';
import { toActor } from './service';
import { CSRF_COOKIE, CSRF_HEADER, csrfTokenFor, hashToken, SESSION_COOKIE, safeEqual } from './tokens';

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
// Writing last_seen_at on every request would turn each read into a write.
const TOUCH_EVERY_MS = 60_000;

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

async function resolveSession(request: FastifyRequest): Promise<SessionUser | null> {
  const token = request.cookies[SESSION_COOKIE];
  if (!token || token.length > 200) return null;
  const { db } = request.server.database;
  const { config } = request.server;
  const tokenHash = hashToken(token);
  const found = await q.findSessionWithUser(db, tokenHash);
  if (!found) return null;
  const now = Date.now();
  const idleLimit = config.SESSION_IDLE_MINUTES * 60_000;
  const expired =
    found.session.expiresAt.getTime() <= now || now - found.session.lastSeenAt.getTime() > idleLimit;
  if (expired || !found.user.active) {
    await q.deleteSessionByHash(db, tokenHash);
    return null;
  }
  if (now - found.session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await q.touchSession(db, found.session.id, new Date(now));
  }
  return { ...toActor(found.user), sessionId: found.session.id, tokenHash };
}

/** Session lookup, deny-by-default and CSRF for every route of the app. */
export async function registerAuth(app: FastifyInstance) {
  app.decorateRequest('user', null);

  // Everything runs in onRequest so that refusals come before body validation.
  app.addHook('onRequest', async (request) => {
    request.user = await resolveSession(request);
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
