import { type FollowUpWindow, inWindow } from './followups';
import type { Answers } from './questions';

/*
 * The cohort funnel: trained → producing → selling → selling beyond the city → exporting.
 * A business's stage in a window comes from its latest visit in that window; one not visited
 * there is unknown, never active.
 *   producing  — "still producing the trained product" answered yes
 *   selling    — at least one sales channel, or selling beyond the city
 *   beyondCity — selling outside the city, or exporting (answer or the export channel)
 *   exporting  — exporting answered yes, or the export channel
 *   active     — producing or selling
 */

export const FUNNEL_STAGES = ['trained', 'producing', 'selling', 'beyondCity', 'exporting'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

export type StageFlags = {
  producing: boolean;
  selling: boolean;
  beyondCity: boolean;
  exporting: boolean;
  active: boolean;
};

export function stagesOf(answers: Answers): StageFlags {
  const channels = Array.isArray(answers.salesChannels) ? (answers.salesChannels as string[]) : [];
  const exporting = answers.exporting === 'yes' || channels.includes('export');
  const beyondCity = exporting || answers.sellsOutsideCity === 'yes';
  const selling = beyondCity || channels.length > 0;
  const producing = answers.producing === 'yes';
  return { producing, selling, beyondCity, exporting, active: producing || selling };
}

export type FunnelVisit = { businessId: string; day: string; at: string; answers: Answers };
/** A cohort member: `since` is the day the training ended (visits before it say nothing of the outcome). */
export type FunnelMember = { businessId: string; since: string; windows: readonly FollowUpWindow[] };

export type StageCounts = Record<FunnelStage, number> & { active: number; unknown: number; visited: number };

export type WindowFunnel = {
  offsetMonths: number;
  /** `future` before any member's window opens, `open` while some window is open, then `closed`. */
  state: 'future' | 'open' | 'closed';
  counts: StageCounts;
};

const emptyCounts = (trained: number): StageCounts => ({
  trained,
  producing: 0,
  selling: 0,
  beyondCity: 0,
  exporting: 0,
  active: 0,
  unknown: trained,
  visited: 0,
});

function add(counts: StageCounts, flags: StageFlags) {
  counts.visited += 1;
  counts.unknown -= 1;
  if (flags.producing) counts.producing += 1;
  if (flags.selling) counts.selling += 1;
  if (flags.beyondCity) counts.beyondCity += 1;
  if (flags.exporting) counts.exporting += 1;
  if (flags.active) counts.active += 1;
}

function latest(visits: readonly FunnelVisit[]): FunnelVisit | undefined {
  let best: FunnelVisit | undefined;
  for (const v of visits) if (!best || v.day > best.day || (v.day === best.day && v.at > best.at)) best = v;
  return best;
}

/** Counts per month offset (from each member's window for it) and from each member's latest visit since training. */
export function funnelOf(
  members: readonly FunnelMember[],
  visits: readonly FunnelVisit[],
  offsets: readonly number[],
  today: string,
): { windows: WindowFunnel[]; latest: StageCounts } {
  const byBusiness = new Map<string, FunnelVisit[]>();
  for (const v of visits) {
    if (v.day > today) continue;
    const list = byBusiness.get(v.businessId) ?? [];
    list.push(v);
    byBusiness.set(v.businessId, list);
  }
  const windows = offsets.map((offsetMonths): WindowFunnel => {
    const counts = emptyCounts(members.length);
    let opened = false;
    let open = false;
    for (const member of members) {
      const w = member.windows.find((x) => x.offsetMonths === offsetMonths);
      if (!w) continue;
      if (w.start <= today) opened = true;
      if (w.start <= today && today <= w.end) open = true;
      const hit = latest((byBusiness.get(member.businessId) ?? []).filter((v) => inWindow(w, v.day)));
      if (hit) add(counts, stagesOf(hit.answers));
    }
    return { offsetMonths, state: !opened ? 'future' : open ? 'open' : 'closed', counts };
  });
  const overall = emptyCounts(members.length);
  for (const member of members) {
    const hit = latest((byBusiness.get(member.businessId) ?? []).filter((v) => v.day >= member.since));
    if (hit) add(overall, stagesOf(hit.answers));
  }
  return { windows, latest: overall };
}
