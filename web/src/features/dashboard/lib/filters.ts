import type { DashboardFilters } from '#core/schemas/dashboard';

/** What the period control holds: everything, a quarter, or a date range. */
export type Period =
  | { kind: 'all' }
  | { kind: 'quarter'; quarter: string }
  | { kind: 'range'; from: string; to: string };

export type Filters = { period: Period; districtCode: string | null };

/** The last `count` quarters, newest first, as `2026-Q4`. */
export function recentQuarters(now = new Date(), count = 8): string[] {
  let year = now.getUTCFullYear();
  let q = Math.floor(now.getUTCMonth() / 3) + 1;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    out.push(`${year}-Q${q}`);
    q -= 1;
    if (q === 0) {
      q = 4;
      year -= 1;
    }
  }
  return out;
}

/** The API's filters for the control's state (an incomplete range asks for no dates). */
export function toQuery(filters: Filters): DashboardFilters {
  const q: DashboardFilters = {};
  const p = filters.period;
  if (p.kind === 'quarter') q.quarter = p.quarter;
  if (p.kind === 'range') {
    if (p.from) q.from = p.from;
    if (p.to && (!p.from || p.to >= p.from)) q.to = p.to;
  }
  if (filters.districtCode) q.districtCode = filters.districtCode;
  return q;
}

/** The query string of a report link. */
export function queryString(q: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v !== undefined && v !== '') params.set(k, String(v));
  const s = params.toString();
  return s ? `?${s}` : '';
}
