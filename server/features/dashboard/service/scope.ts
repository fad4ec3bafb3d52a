import { type Period, resolvePeriod } from '#core/domain/dashboard';
import type { DashboardFilters } from '#core/schemas/dashboard';
import { officeDate } from '#core/time';
import type { Actor, ServiceContext } from '#server/lib/context';
import { AppError, forbidden } from '#server/lib/errors';
import { canSeeDashboard, dashboardArea } from '../policy';
import type { Area } from '../queries/source';

export type Scope = { actor: Actor; area: Area; period: Period };

/** Who asks, which kecamatan they may see, and the period: checked before any figure is read. */
export function scopeOf(ctx: ServiceContext, filters: DashboardFilters): Scope {
  const actor = ctx.actor;
  if (!actor) throw new AppError('unauthenticated');
  if (!canSeeDashboard(actor)) throw forbidden();
  const area = dashboardArea(actor, filters.districtCode);
  if (area === 'forbidden') throw forbidden('dashboard:errors.district_forbidden');
  return { actor, area, period: resolvePeriod(filters, officeDate()) };
}
