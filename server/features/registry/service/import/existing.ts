import type { Queryable } from '#server/db/client';
import {
  type ExistingDetails,
  type ExistingOwner,
  type LightBusinessRow,
  liveBusinessesByNib,
  liveBusinessesByNpwp,
  liveBusinessesIn,
  ownersByNikHash,
} from '#server/features/registry/queries/import-lookups';
import { regionsWithin } from '#server/features/registry/queries/regions';
import { businessNameKey } from './parse/business';
import type { RegionIndex } from './parse/context';

/* What the import matches against, with business names folded the way the rows' names are. */

export type { ExistingDetails, ExistingOwner };

export type LightBusiness = LightBusinessRow & { nameKey: string };

const withKey = (b: LightBusinessRow): LightBusiness => ({ ...b, nameKey: businessNameKey(b.name) });

/** Live businesses holding any of these NIBs. */
export async function businessesByNib(db: Queryable, nibs: string[]): Promise<LightBusiness[]> {
  return (await liveBusinessesByNib(db, nibs)).map(withKey);
}

/** Live businesses holding any of these NPWPs. */
export async function businessesByNpwp(db: Queryable, npwps: string[]): Promise<LightBusiness[]> {
  return (await liveBusinessesByNpwp(db, npwps)).map(withKey);
}

/** Owners with any of these NIK hashes, and the live businesses each owns. */
export async function ownersByHash(db: Queryable, hashes: string[]) {
  const found = await ownersByNikHash(db, hashes);
  return { owners: found.owners, links: found.links.map((l) => ({ ...l, business: withKey(l.business) })) };
}

/**
 * Live businesses of these kecamatan whose folded name is one of `keys`. The key (legal form
 * and punctuation ignored) is computed here rather than in SQL so both sides fold names alike.
 */
export async function businessesByName(db: Queryable, districts: string[], keys: Set<string>) {
  return (await liveBusinessesIn(db, districts)).map(withKey).filter((b) => keys.has(b.nameKey));
}

/** The home city's kecamatan and kelurahan (regions seeded from idn-area-data). */
export async function loadRegionIndex(db: Queryable, regencyCode: string): Promise<RegionIndex> {
  const rows = await regionsWithin(db, regencyCode);
  const index: RegionIndex = {
    regencyCode,
    regencyName: regencyCode,
    districts: [],
    villagesByDistrict: new Map(),
    villages: [],
    names: new Map(),
  };
  for (const r of rows) {
    index.names.set(r.code, r.name);
    if (r.level === 'regency') index.regencyName = r.name;
    if (r.level === 'district') index.districts.push({ code: r.code, name: r.name });
    if (r.level === 'village') {
      const village = { code: r.code, name: r.name };
      index.villages.push(village);
      const list = index.villagesByDistrict.get(r.parentCode ?? '') ?? [];
      list.push(village);
      index.villagesByDistrict.set(r.parentCode ?? '', list);
    }
  }
  index.districts.sort((a, b) => a.code.localeCompare(b.code));
  return index;
}
