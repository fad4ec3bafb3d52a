import { and, asc, desc, eq, inArray, ne } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Queryable } from '#server/db/client';
import {
  businesses,
  businessOwners,
  businessSnapshots,
  certifications,
  owners,
  regions,
} from '#server/db/schema';
import { nextVersion, sameVersion } from '#server/db/versions';
import { liveSql } from './live';

export type BusinessRow = typeof businesses.$inferSelect;
export type OwnerRow = typeof owners.$inferSelect;
export type SnapshotRow = typeof businessSnapshots.$inferSelect;
export type CertificationRow = typeof certifications.$inferSelect;
export type LinkedOwnerRow = OwnerRow & { isPrimary: boolean };

const district = alias(regions, 'district');
const village = alias(regions, 'village');

/** The business columns lists and details show, without the search columns. */
const businessColumns = {
  id: businesses.id,
  name: businesses.name,
  brand: businesses.brand,
  legalForm: businesses.legalForm,
  nib: businesses.nib,
  npwp: businesses.npwp,
  kbli: businesses.kbli,
  subsector: businesses.subsector,
  address: businesses.address,
  villageCode: businesses.villageCode,
  districtCode: businesses.districtCode,
  regencyCode: businesses.regencyCode,
  lat: businesses.lat,
  lng: businesses.lng,
  yearFounded: businesses.yearFounded,
  sentra: businesses.sentra,
  links: businesses.links,
  exportStatus: businesses.exportStatus,
  exportCountries: businesses.exportCountries,
  notes: businesses.notes,
  products: businesses.products,
  source: businesses.source,
  sourceDetail: businesses.sourceDetail,
  mergedIntoId: businesses.mergedIntoId,
  deletedAt: businesses.deletedAt,
  createdBy: businesses.createdBy,
  createdAt: businesses.createdAt,
  updatedAt: businesses.updatedAt,
  latestDataYear: businesses.latestDataYear,
  latestTurnoverYearlyIdr: businesses.latestTurnoverYearlyIdr,
  latestWorkers: businesses.latestWorkers,
  certificationTypes: businesses.certificationTypes,
};

export type BusinessWithNames = Omit<
  BusinessRow,
  'searchVector' | 'ownerNames' | 'ownerPhones' | 'placeNames' | 'dataYears'
> & {
  districtName: string | null;
  villageName: string | null;
};

function selectWithNames(db: Queryable) {
  return db
    .select({ ...businessColumns, districtName: district.name, villageName: village.name })
    .from(businesses)
    .leftJoin(district, eq(district.code, businesses.districtCode))
    .leftJoin(village, eq(village.code, businesses.villageCode));
}

/** Any row, live or not: callers decide what deleted and merged records mean. */
export async function findBusiness(db: Queryable, id: string): Promise<BusinessWithNames | undefined> {
  const [row] = await selectWithNames(db).where(eq(businesses.id, id));
  return row;
}

export async function findBusinessesByIds(db: Queryable, ids: string[]): Promise<BusinessWithNames[]> {
  if (ids.length === 0) return [];
  return selectWithNames(db).where(inArray(businesses.id, ids));
}

export async function ownersOfBusinesses(db: Queryable, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ businessId: businessOwners.businessId, isPrimary: businessOwners.isPrimary, owner: owners })
    .from(businessOwners)
    .innerJoin(owners, eq(owners.id, businessOwners.ownerId))
    .where(inArray(businessOwners.businessId, ids))
    .orderBy(desc(businessOwners.isPrimary), asc(owners.name), asc(owners.id));
}

/** Owner names per business, primary owner first (what a list row shows). */
export async function ownerNamesOf(db: Queryable, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ businessId: businessOwners.businessId, name: owners.name })
    .from(businessOwners)
    .innerJoin(owners, eq(owners.id, businessOwners.ownerId))
    .where(inArray(businessOwners.businessId, ids))
    .orderBy(desc(businessOwners.isPrimary), asc(owners.name), asc(owners.id));
}

export async function ownersOfBusiness(db: Queryable, id: string): Promise<LinkedOwnerRow[]> {
  const rows = await ownersOfBusinesses(db, [id]);
  return rows.map((r) => ({ ...r.owner, isPrimary: r.isPrimary }));
}

export async function snapshotsOf(db: Queryable, id: string): Promise<SnapshotRow[]> {
  return db
    .select()
    .from(businessSnapshots)
    .where(eq(businessSnapshots.businessId, id))
    .orderBy(
      desc(businessSnapshots.dataYear),
      desc(businessSnapshots.recordedAt),
      desc(businessSnapshots.id),
    );
}

export async function certificationsOf(db: Queryable, ids: string[]): Promise<CertificationRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(certifications)
    .where(inArray(certifications.businessId, ids))
    .orderBy(asc(certifications.type), asc(certifications.createdAt), asc(certifications.id));
}

export async function mergedInto(db: Queryable, id: string): Promise<string[]> {
  const rows = await db
    .select({ id: businesses.id })
    .from(businesses)
    .where(eq(businesses.mergedIntoId, id))
    .orderBy(asc(businesses.createdAt));
  return rows.map((r) => r.id);
}

/** A live record (other than `exceptId`) holding this NIB. */
export async function findLiveByNib(db: Queryable, nib: string, exceptId?: string) {
  const [row] = await db
    .select({ id: businesses.id })
    .from(businesses)
    .where(
      and(eq(businesses.nib, nib), liveSql('businesses'), exceptId ? ne(businesses.id, exceptId) : undefined),
    );
  return row?.id;
}

/** The districts of the live businesses a person owns, for the owner policy. */
export async function districtsOfOwner(db: Queryable, ownerId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ code: businesses.districtCode })
    .from(businessOwners)
    .innerJoin(businesses, eq(businesses.id, businessOwners.businessId))
    .where(and(eq(businessOwners.ownerId, ownerId), liveSql('businesses')));
  return rows.map((r) => r.code);
}

export async function touchBusiness(db: Queryable, id: string) {
  await db
    .update(businesses)
    .set({ updatedAt: nextVersion(businesses.updatedAt) })
    .where(eq(businesses.id, id));
}

export type BusinessInsert = typeof businesses.$inferInsert;

export async function insertBusiness(db: Queryable, values: BusinessInsert): Promise<string> {
  const [row] = await db.insert(businesses).values(values).returning({ id: businesses.id });
  return row.id;
}

/**
 * The live record, locked until the transaction ends (`SELECT … FOR UPDATE`): every check an
 * edit makes on it (scope, kecamatan move, version) holds until its write commits.
 */
export async function lockBusiness(tx: Queryable, id: string): Promise<BusinessWithNames | undefined> {
  const [row] = await selectWithNames(tx)
    .where(and(eq(businesses.id, id), liveSql('businesses')))
    .for('update', { of: businesses });
  return row;
}

/**
 * Writes `values` to the record; with `expectedUpdatedAt` only while the record still has
 * that version (checked in the same statement). Gives the record a new version. False when
 * nothing was written.
 */
export async function updateBusinessRow(
  db: Queryable,
  id: string,
  values: Partial<BusinessInsert>,
  expectedUpdatedAt?: string,
): Promise<boolean> {
  const rows = await db
    .update(businesses)
    .set({ ...values, updatedAt: nextVersion(businesses.updatedAt) })
    .where(
      and(
        eq(businesses.id, id),
        expectedUpdatedAt ? sameVersion(businesses.updatedAt, expectedUpdatedAt) : undefined,
      ),
    )
    .returning({ id: businesses.id });
  return rows.length > 0;
}

/** Soft delete: the row stays for history; lists and the NIB index ignore it. */
export async function markBusinessDeleted(db: Queryable, id: string) {
  await db
    .update(businesses)
    .set({ deletedAt: new Date(), updatedAt: new Date() })
    .where(eq(businesses.id, id));
}

/**
 * The merge's moves: `otherId` (and every record merged into it earlier) points at the
 * survivor, whose snapshots and certifications it takes over. Counts of what moved.
 */
export async function foldBusinessInto(db: Queryable, survivorId: string, otherId: string) {
  // The other record leaves the live set first, so its NIB can move without a unique clash.
  await db
    .update(businesses)
    .set({ mergedIntoId: survivorId, updatedAt: new Date() })
    .where(eq(businesses.id, otherId));
  await db.update(businesses).set({ mergedIntoId: survivorId }).where(eq(businesses.mergedIntoId, otherId));
  const snapshots = await db
    .update(businessSnapshots)
    .set({ businessId: survivorId })
    .where(eq(businessSnapshots.businessId, otherId))
    .returning({ id: businessSnapshots.id });
  const certs = await db
    .update(certifications)
    .set({ businessId: survivorId })
    .where(eq(certifications.businessId, otherId))
    .returning({ id: certifications.id });
  return { snapshots: snapshots.length, certifications: certs.length };
}
