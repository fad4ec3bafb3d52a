import type {
  Business,
  BusinessListItem,
  BusinessOwner,
  Certification,
  Owner,
  Snapshot,
} from '#core/schemas/registry';
import { workersTotalOf } from '#core/schemas/registry';
import type { BusinessWithNames, CertificationRow, OwnerRow, SnapshotRow } from '../queries/businesses';

/* Rows → contract shapes. The NIK leaves the server only as `nikMasked`: no function here reads nikCipher. */

const num = (v: string | number | null) => (v === null ? null : Number(v));

export function presentSnapshot(row: SnapshotRow): Snapshot {
  const workersTotal = row.workersTotal ?? workersTotalOf(row);
  return {
    id: row.id,
    businessId: row.businessId,
    dataYear: row.dataYear,
    workersMale: row.workersMale,
    workersFemale: row.workersFemale,
    workersTotal,
    investmentIdr: row.investmentIdr,
    capacity: num(row.capacity),
    capacityUnit: row.capacityUnit,
    outputQuantity: num(row.outputQuantity),
    outputValueIdr: row.outputValueIdr,
    rawMaterials: row.rawMaterials,
    turnoverMonthlyIdr: row.turnoverMonthlyIdr,
    turnoverYearlyIdr: row.turnoverYearlyIdr,
    estimatedFields: row.estimatedFields ?? [],
    source: row.source,
    sourceDetail: row.sourceDetail,
    recordedAt: row.recordedAt.toISOString(),
    recordedBy: row.recordedBy,
  };
}

const EXPIRING_DAYS = 90;

/** The office's calendar day (WIB), as certificates expire on dates, not instants. */
export function officeToday(now = new Date()): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

export function certificationStatus(
  expiresAt: string | null,
  today = officeToday(),
): Certification['status'] {
  if (!expiresAt) return 'no_expiry';
  if (expiresAt < today) return 'expired';
  const soon = new Date(`${today}T00:00:00Z`);
  soon.setUTCDate(soon.getUTCDate() + EXPIRING_DAYS);
  return expiresAt <= soon.toISOString().slice(0, 10) ? 'expiring' : 'valid';
}

export function presentCertification(row: CertificationRow): Certification {
  return {
    id: row.id,
    businessId: row.businessId,
    type: row.type as Certification['type'],
    label: row.label,
    number: row.number,
    issuedAt: row.issuedAt,
    expiresAt: row.expiresAt,
    status: certificationStatus(row.expiresAt),
    createdAt: row.createdAt.toISOString(),
  };
}

/** The first four digits of a NIK are its regency; the masked form keeps them. */
export function nikOutsideHome(nikMasked: string | null, homeRegionCode: string): boolean {
  if (!nikMasked || !/^\d{4}/.test(nikMasked)) return false;
  return nikMasked.slice(0, 4) !== homeRegionCode.replace(/\D/g, '').slice(0, 4);
}

export function presentBusinessOwner(row: OwnerRow, isPrimary: boolean, home: string): BusinessOwner {
  return {
    id: row.id,
    name: row.name,
    nikMasked: row.nikMasked,
    nikOutsideHome: nikOutsideHome(row.nikMasked, home),
    gender: row.gender,
    birthYear: row.birthYear,
    birthDate: row.birthDate,
    phone: row.phone,
    email: row.email,
    education: row.education,
    isPrimary,
    hasAccount: row.userId !== null,
    erased: row.erasedAt !== null,
  };
}

export function presentOwner(row: OwnerRow, home: string, businesses: Owner['businesses']): Owner {
  const { isPrimary: _p, ...base } = presentBusinessOwner(row, false, home);
  return {
    ...base,
    address: row.address,
    userId: row.userId,
    consent:
      row.consentAt && row.consentNoticeVersion
        ? {
            noticeVersion: row.consentNoticeVersion,
            at: row.consentAt.toISOString(),
            recordedBy: row.consentRecordedBy,
          }
        : null,
    erasedAt: row.erasedAt ? row.erasedAt.toISOString() : null,
    source: row.source,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    businesses,
  };
}

/** The business's own fields, as audit rows record them (no owners, no personal data). */
export function businessFields(row: BusinessWithNames) {
  return {
    name: row.name,
    brand: row.brand,
    legalForm: row.legalForm,
    nib: row.nib,
    npwp: row.npwp,
    kbli: row.kbli,
    subsector: row.subsector as Business['subsector'],
    address: row.address,
    regencyCode: row.regencyCode,
    districtCode: row.districtCode,
    villageCode: row.villageCode,
    lat: num(row.lat),
    lng: num(row.lng),
    yearFounded: row.yearFounded,
    sentra: row.sentra,
    links: row.links,
    exportStatus: row.exportStatus as Business['exportStatus'],
    exportCountries: row.exportCountries,
    notes: row.notes,
    products: row.products,
    source: row.source,
    sourceDetail: row.sourceDetail,
  };
}

export type BusinessParts = {
  row: BusinessWithNames;
  owners: BusinessOwner[];
  snapshots: SnapshotRow[];
  certifications: CertificationRow[];
  mergedFromIds: string[];
  permissions: Business['permissions'];
};

export function presentBusiness(p: BusinessParts): Business {
  const snapshots = p.snapshots.map(presentSnapshot);
  return {
    id: p.row.id,
    ...businessFields(p.row),
    districtName: p.row.districtName,
    villageName: p.row.villageName,
    owners: p.owners,
    latestSnapshot: snapshots[0] ?? null,
    snapshots,
    certifications: p.certifications.map(presentCertification),
    mergedFromIds: p.mergedFromIds,
    permissions: p.permissions,
    createdAt: p.row.createdAt.toISOString(),
    updatedAt: p.row.updatedAt.toISOString(),
  };
}

export function presentListItem(
  row: BusinessWithNames,
  ownerNames: string[],
  certificationTypes: string[],
): BusinessListItem {
  return {
    id: row.id,
    name: row.name,
    brand: row.brand,
    legalForm: row.legalForm,
    nib: row.nib,
    subsector: row.subsector as BusinessListItem['subsector'],
    districtCode: row.districtCode,
    districtName: row.districtName,
    villageCode: row.villageCode,
    villageName: row.villageName,
    exportStatus: row.exportStatus as BusinessListItem['exportStatus'],
    yearFounded: row.yearFounded,
    ownerNames,
    certificationTypes: [...new Set(certificationTypes)] as BusinessListItem['certificationTypes'],
    latestDataYear: row.latestDataYear,
    latestTurnoverYearlyIdr: row.latestTurnoverYearlyIdr,
    latestWorkers: row.latestWorkers,
    hasCoordinates: row.lat !== null && row.lng !== null,
    updatedAt: row.updatedAt.toISOString(),
  };
}
