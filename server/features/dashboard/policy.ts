import type { Permission } from '#core/schemas/auth';
import type { Actor } from '#server/lib/context';
import type { Area } from './queries/source';

/*
 * Who sees the dashboard. Deny by default: admins see every kecamatan, field officers only the
 * ones they are assigned — in every figure, list, PDF and spreadsheet; trainers and IKM owners
 * have no dashboard.
 */

export const canSeeDashboard = (actor: Actor | null) => actor?.role === 'admin' || actor?.role === 'officer';

/**
 * The kecamatan a request's figures cover: null for all. An officer asking for a kecamatan not
 * assigned to them gets `'forbidden'`.
 */
export function dashboardArea(actor: Actor, districtCode: string | undefined): Area | 'forbidden' {
  if (actor.role === 'admin') return districtCode ? [districtCode] : null;
  if (actor.role !== 'officer') return 'forbidden';
  if (!districtCode) return [...actor.kecamatanCodes];
  return actor.kecamatanCodes.includes(districtCode) ? [districtCode] : 'forbidden';
}

export function abilities(actor: Actor): Permission[] {
  return canSeeDashboard(actor) ? ['dashboard.view'] : [];
}
