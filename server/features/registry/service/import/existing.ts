import { type AnyColumn, and, eq, isNull, sql } from 'drizzle-orm';
import type { Queryable } from '#server/db/client';
import {
  businesses,
  businessOwners,
  businessSnapshots,
  certifications,
  owners,
  regions,
} from '#server/db/schema';
import { businessNameKey } from './parse/business';
import type { RegionIndex } from './parse/context';

export type LightBusiness = {
  id: string;
  name: string;
  nameKey: string;
  nib: string | null;
  districtCode: string;
  villageCode: string | null;
};

export type ExistingOwner = typeof owners.$inferSelect;
export type ExistingDetails = {
  business: typeof businesses.$inferSelect;
  owners: (ExistingOwner & { isPrimary: boolean })[];
  snapshots: (typeof businessSnapshots.$inferSelect)[];
  certifications: (typeof certifications.$inferSelect)[];
  latestYear: number | null;
};

// One array parameter per lookup: thousands of bind parameters (IN ($1…$5000)) parse and plan
// two orders of magnitude slower, on PGlite above all.
const CHUNK = 20_000;
const anyText = (column: AnyColumn, values: string[]) => sql`${column} = any(${sql.param(values)}::text[])`;
const anyUuid = (column: AnyColumn, values: string[]) => sql`${column} = any(${sql.param(values)}::uuid[])`;
const active = and(isNull(businesses.deletedAt), isNull(businesses.mergedIntoId));

async function chunked<T, R>(items: T[], run: (chunk: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(...(await run(items.slice(i, i + CHUNK))));
  return out;
}

const light = {
  id: businesses.id,
  name: businesses.name,
  nib: businesses.nib,
  districtCode: businesses.districtCode,
  villageCode: businesses.villageCode,
};
const withKey = (b: Omit<LightBusiness, 'nameKey'>): LightBusiness => ({
  ...b,
  nameKey: businessNameKey(b.name),
});

/** Live businesses holding any of these NIBs. */
export async function businessesByNib(db: Queryable, nibs: string[]): Promise<LightBusiness[]> {
  const rows = await chunked(nibs, (c) =>
    db
      .select(light)
      .from(businesses)
      .where(and(active, anyText(businesses.nib, c))),
  );
  return rows.map(withKey);
}

/** Owners with any of these NIK hashes, and the live businesses each owns. */
export async function ownersByHash(db: Queryable, hashes: string[]) {
  const found = await chunked(hashes, (c) => db.select().from(owners).where(anyText(owners.nikHash, c)));
  const ids = found.map((o) => o.id);
  const links = await chunked(ids, (c) =>
    db
      .select({ ownerId: businessOwners.ownerId, ...light })
      .from(businessOwners)
      .innerJoin(businesses, eq(businesses.id, businessOwners.businessId))
      .where(and(active, anyUuid(businessOwners.ownerId, c))),
  );
  return { owners: found, links: links.map(({ ownerId, ...b }) => ({ ownerId, business: withKey(b) })) };
}

/**
 * Live businesses of these kecamatan whose folded name is one of `keys`. The key (legal form
 * and punctuation ignored) is computed here rather than in SQL so both sides fold names alike.
 */
export async function businessesByName(db: Queryable, districts: string[], keys: Set<string>) {
  const rows = await chunked(districts, (c) =>
    db
      .select(light)
      .from(businesses)
      .where(and(active, anyText(businesses.districtCode, c))),
  );
  return rows.map(withKey).filter((b) => keys.has(b.nameKey));
}

/** Full records of the businesses the file touches, for comparing field by field. */
export async function loadDetails(db: Queryable, ids: string[]): Promise<Map<string, ExistingDetails>> {
  const out = new Map<string, ExistingDetails>();
  if (ids.length === 0) return out;
  for (const b of await chunked(ids, (c) => db.select().from(businesses).where(anyUuid(businesses.id, c))))
    out.set(b.id, { business: b, owners: [], snapshots: [], certifications: [], latestYear: null });
  const ownerRows = await chunked(ids, (c) =>
    db
      .select({ businessId: businessOwners.businessId, isPrimary: businessOwners.isPrimary, owner: owners })
      .from(businessOwners)
      .innerJoin(owners, eq(owners.id, businessOwners.ownerId))
      .where(anyUuid(businessOwners.businessId, c)),
  );
  for (const r of ownerRows) out.get(r.businessId)?.owners.push({ ...r.owner, isPrimary: r.isPrimary });
  for (const s of await chunked(ids, (c) =>
    db.select().from(businessSnapshots).where(anyUuid(businessSnapshots.businessId, c)),
  )) {
    const d = out.get(s.businessId);
    if (!d) continue;
    d.snapshots.push(s);
    d.latestYear = Math.max(d.latestYear ?? s.dataYear, s.dataYear);
  }
  for (const c of await chunked(ids, (chunk) =>
    db.select().from(certifications).where(anyUuid(certifications.businessId, chunk)),
  ))
    out.get(c.businessId)?.certifications.push(c);
  return out;
}

/** The home city's kecamatan and kelurahan (regions seeded from idn-area-data). */
export async function loadRegionIndex(db: Queryable, regencyCode: string): Promise<RegionIndex> {
  const rows = await db
    .select({ code: regions.code, name: regions.name, level: regions.level, parentCode: regions.parentCode })
    .from(regions)
    .where(sql`${regions.code} = ${regencyCode} or ${regions.code} like ${`${regencyCode}.%`}`);
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
