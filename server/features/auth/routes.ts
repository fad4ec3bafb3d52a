import {
  ChangePasswordBody,
  LoginBody,
  MeResponse,
  SetupBody,
  SetupStatus,
  UpdateMeBody,
} from '#core/schemas/auth';
import { OkResponse } from '#core/schemas/common';
import { requireUser } from '#server/lib/authorize';
import { contextFrom } from '#server/lib/context';
import type { App } from '#server/lib/http';
import { clearSessionCookies, setSessionCookies } from './plugin';
import * as auth from './service';
import { csrfTokenFor, hashToken, SESSION_COOKIE } from './tokens';

const tags = ['auth'];

export default async function authRoutes(app: App) {
  const csrfOf = (tokenHash: string) => csrfTokenFor(app.config.secrets.sessionSecret, tokenHash);

  app.get(
    '/auth/setup',
    { config: { public: true }, schema: { tags, response: { 200: SetupStatus } } },
    async (request) => auth.getSetupStatus(contextFrom(request)),
  );

  app.post(
    '/auth/setup',
    {
      config: { public: true, csrf: false },
      schema: { tags, body: SetupBody, response: { 201: MeResponse } },
    },
    async (request, reply) => {
      const { user, session } = await auth.completeSetup(
        contextFrom(request),
        request.body,
        request.headers['user-agent'] ?? null,
      );
      setSessionCookies(reply, app, session);
      return reply.status(201).send({ user, csrfToken: csrfOf(session.tokenHash) });
    },
  );

  app.post(
    '/auth/login',
    {
      config: { public: true, csrf: false },
      schema: { tags, body: LoginBody, response: { 200: MeResponse } },
    },
    async (request, reply) => {
      const previous = request.cookies[SESSION_COOKIE];
      const { user, session } = await auth.login(
        contextFrom(request),
        request.body,
        request.headers['user-agent'] ?? null,
        previous ? hashToken(previous) : null,
      );
      setSessionCookies(reply, app, session);
      return { user, csrfToken: csrfOf(session.tokenHash) };
    },
  );

  app.post('/auth/logout', { schema: { tags, response: { 200: OkResponse } } }, async (request, reply) => {
    const user = requireUser(request);
    await auth.logout(contextFrom(request), user.tokenHash);
    clearSessionCookies(reply);
    return { ok: true as const };
  });

  app.get('/auth/me', { schema: { tags, response: { 200: MeResponse } } }, async (request) => {
    const { sessionId: _s, tokenHash, ...user } = requireUser(request);
    return { user, csrfToken: csrfOf(tokenHash) };
  });

  app.patch(
    '/auth/me',
    { schema: { tags, body: UpdateMeBody, response: { 200: MeResponse } } },
    async (request) => {
      const current = requireUser(request);
      const user = await auth.updateMe(contextFrom(request), request.body);
      return { user, csrfToken: csrfOf(current.tokenHash) };
    },
  );

  app.post(
    '/auth/password',
    { schema: { tags, body: ChangePasswordBody, response: { 200: OkResponse } } },
    async (request) => {
      const user = requireUser(request);
      await auth.changePassword(contextFrom(request), user.sessionId, request.body);
      return { ok: true as const };
    },
  );
}
