import { type AnyColumn, and, eq, sql } from 'drizzle-orm';
import type { Queryable } from '#server/db/client';
import { businesses, businessOwners, businessSnapshots, certifications, owners } from '#server/db/schema';
import { liveSql } from './live';

/* What an import matches its rows against: existing businesses and owners, read in chunks. */

/** The columns matching needs of a business. */
export type LightBusinessRow = {
  id: string;
  name: string;
  nib: string | null;
  npwp: string | null;
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
const active = liveSql('businesses');

async function chunked<T, R>(items: T[], run: (chunk: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(...(await run(items.slice(i, i + CHUNK))));
  return out;
}

const light = {
  id: businesses.id,
  name: businesses.name,
  nib: businesses.nib,
  npwp: businesses.npwp,
  districtCode: businesses.districtCode,
  villageCode: businesses.villageCode,
};

/** Live businesses holding any of these NIBs. */
export async function liveBusinessesByNib(db: Queryable, nibs: string[]): Promise<LightBusinessRow[]> {
  return chunked(nibs, (c) =>
    db
      .select(light)
      .from(businesses)
      .where(and(active, anyText(businesses.nib, c))),
  );
}

/** Live businesses holding any of these NPWPs. */
export async function liveBusinessesByNpwp(db: Queryable, npwps: string[]): Promise<LightBusinessRow[]> {
  return chunked(npwps, (c) =>
    db
      .select(light)
      .from(businesses)
      .where(and(active, anyText(businesses.npwp, c))),
  );
}

/** Owners with any of these NIK hashes, and the live businesses each owns. */
export async function ownersByNikHash(db: Queryable, hashes: string[]) {
  const found = await chunked(hashes, (c) => db.select().from(owners).where(anyText(owners.nikHash, c)));
  const ids = found.map((o) => o.id);
  const links = await chunked(ids, (c) =>
    db
      .select({ ownerId: businessOwners.ownerId, ...light })
      .from(businessOwners)
      .innerJoin(businesses, eq(businesses.id, businessOwners.businessId))
      .where(and(active, anyUuid(businessOwners.ownerId, c))),
  );
  return { owners: found, links: links.map(({ ownerId, ...business }) => ({ ownerId, business })) };
}

/** Live businesses of these kecamatan. */
export async function liveBusinessesIn(db: Queryable, districts: string[]): Promise<LightBusinessRow[]> {
  return chunked(districts, (c) =>
    db
      .select(light)
      .from(businesses)
      .where(and(active, anyText(businesses.districtCode, c))),
  );
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
