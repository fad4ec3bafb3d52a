import type { FastifyRequest } from 'fastify';
import { requireRole } from '#server/lib/authorize';
import { requestLocale, translate } from '#server/lib/i18n';
import type { ServiceWarning } from '../service';

/** The roles with any registry access; the services apply the finer rules of policy.ts. */
export const requireRegistryRole = (request: FastifyRequest) =>
  requireRole(request, 'admin', 'officer', 'ikm_owner');

/** Warnings leave the service as catalog keys and reach the client in its language. */
export function translateWarnings(request: FastifyRequest, warnings: ServiceWarning[]) {
  const locale = requestLocale(request);
  return warnings.map((w) => ({
    path: w.path,
    code: w.code,
    message: translate(locale, w.message, w.params),
  }));
}

/** Personal data must not linger in browser or proxy caches. */
export const NO_STORE = 'no-store, private';

/** `attachment` with an ASCII fallback and the UTF-8 name (RFC 6266 / 5987). */
export function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
