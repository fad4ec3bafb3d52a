import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const SESSION_COOKIE = 'bk_session';
export const CSRF_COOKIE = 'bk_csrf';
export const CSRF_HEADER = 'x-csrf-token';

export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The CSRF token is bound to the session: HMAC(secret, session token hash). */
export function csrfTokenFor(sessionSecret: string, tokenHash: string): string {
  return createHmac('sha256', sessionSecret).update(`csrf:${tokenHash}`).digest('base64url');
}

export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
