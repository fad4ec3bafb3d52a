import { quarterOf } from '#core/domain/dashboard';
import { NEED_LABELS, type NeedCategory } from '#core/domain/needs';
import type { DashboardFilters } from '#core/schemas/dashboard';
import type { ServiceContext } from '#server/lib/context';
import { translator } from '#server/lib/i18n';
import { regionNames } from '../queries/regions';
import { matrixFor, targetingFor } from './needs';
import { scopeOf } from './scope';
import { summaryFor } from './summary';

/** Everything a report shows, read once for both the PDF and the spreadsheet (the screen's figures). */
export async function reportData(ctx: ServiceContext, filters: DashboardFilters) {
  const scope = scopeOf(ctx, filters);
  const locale = scope.actor.locale;
  const t = translator(locale);
  const [summary, matrix, targeting] = await Promise.all([
    summaryFor(ctx, scope),
    matrixFor(ctx, scope, 'open'),
    targetingFor(ctx, scope),
  ]);
  const names = scope.area ? await regionNames(ctx.db, scope.area) : new Map<string, string>();
  const area = scope.area
    ? t('dashboard:report.area', { names: scope.area.map((c) => names.get(c) ?? c).join(', ') })
    : t('dashboard:report.area_all');
  const title = filters.quarter
    ? t('dashboard:report.quarterly', { quarter: filters.quarter })
    : t('dashboard:report.title');
  return {
    t: (key: string, params?: Record<string, unknown>) => t(`dashboard:report.${key}`, params ?? {}),
    locale,
    title,
    subtitle: [t('dashboard:report.period', { from: summary.period.from, to: summary.period.to }), area],
    quarter: filters.quarter ?? quarterOf(summary.period.to),
    category: (c: string) => NEED_LABELS[c as NeedCategory]?.[locale] ?? c,
    subsector: (s: string) => t(`registry:enum.subsector.${s}`, { defaultValue: s }),
    supportType: (s: string) => t(`needs:supportType.${s}`, { defaultValue: s }),
    summary,
    matrix,
    targeting,
  };
}

export type ReportData = Awaited<ReturnType<typeof reportData>>;
