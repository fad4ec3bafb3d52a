import { yearlyTurnover } from '#core/domain/registry';
import type { Plan } from './plan-types';

/*
 * The registry keeps owner names, latest figures, data years and certification types on each
 * business row (statement triggers, migrations 0004–0008), for fast search and filters. A new
 * business inserted with those columns already right makes the triggers' IS DISTINCT FROM
 * checks find nothing to update, so an import writes each row (and its GIN index entries) once
 * instead of three times. Only the cases whose value is certain here are filled in; the
 * triggers still correct anything else.
 */
export function prefillDerivedColumns(plan: Plan): void {
  const ownerNames = new Map<string, string>();
  const ownerPhones = new Map<string, string>();
  for (const o of plan.newOwners)
    if (o.id) {
      ownerNames.set(o.id, o.name);
      // As business_owner_names_refresh (migration 0018) writes them: the digits of the number.
      ownerPhones.set(o.id, o.phone ? o.phone.replace(/\D/g, '') : '');
    }
  const linksOf = groupBy(plan.links, (l) => l.businessId);
  const snapshotsOf = groupBy(plan.newSnapshots, (s) => s.businessId);
  const certificationsOf = groupBy(plan.newCertifications, (c) => c.businessId);

  for (const b of plan.newBusinesses) {
    if (!b.id) continue;
    const links = linksOf.get(b.id) ?? [];
    // One owner, created by this import: its name is known and there is no order to agree on.
    if (links.length === 1 && ownerNames.has(links[0].ownerId)) {
      b.ownerNames = ownerNames.get(links[0].ownerId);
      b.ownerPhones = ownerPhones.get(links[0].ownerId);
    }
    const snapshots = snapshotsOf.get(b.id) ?? [];
    if (snapshots.length === 1) {
      const s = snapshots[0];
      b.latestDataYear = s.dataYear;
      b.latestTurnoverYearlyIdr = yearlyTurnover(s);
      b.latestWorkers =
        s.workersTotal ??
        (s.workersMale == null && s.workersFemale == null
          ? null
          : (s.workersMale ?? 0) + (s.workersFemale ?? 0));
      b.dataYears = [s.dataYear];
    }
    const types = (certificationsOf.get(b.id) ?? []).map((c) => c.type);
    // Lower-case ASCII type codes sort the same in JavaScript and in any database collation.
    if (types.length > 0) b.certificationTypes = [...new Set(types)].sort();
  }
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}
