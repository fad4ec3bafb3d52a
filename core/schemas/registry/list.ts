import { z } from 'zod';
import {
  CERTIFICATION_TYPES,
  EXPORT_STATUSES,
  SUBSECTORS,
  zCertificationType,
  zExportStatus,
  zSubsector,
} from '#core/domain/registry/enums';
import { KecamatanCode as DistrictCode, PageQuery } from '#core/schemas/common';
import { VillageCode } from './regions';

/*
 * The registry API contract's business list, search and map on their own: the list page loads
 * this and zod, not the record's field validators (NIK, phone, money …; issue 10).
 */

// ── List, search, map ────────────────────────────────────────────────────────────────────

export const BUSINESS_SORTS = [
  'relevance',
  'name',
  'updatedAt',
  'createdAt',
  'yearFounded',
  'turnover',
  'workers',
] as const;

const filterFields = {
  q: z.string().trim().max(100).optional(),
  kecamatan: DistrictCode.optional(),
  kelurahan: VillageCode.optional(),
  subsector: zSubsector.optional(),
  certification: zCertificationType.optional(),
  exportStatus: zExportStatus.optional(),
  /** Has a snapshot for this data year. */
  dataYear: z.coerce.number().int().min(1990).max(2100).optional(),
  hasCoordinates: z.enum(['true', 'false']).optional(),
  ownerId: z.uuid().optional(),
};

export const ListBusinessesQuery = PageQuery.extend({
  ...filterFields,
  /** Default: relevance when `q` is given, else name. */
  sort: z.enum(BUSINESS_SORTS).optional(),
  /** Default: ascending for name, descending for everything else. */
  order: z.enum(['asc', 'desc']).optional(),
});
export type ListBusinessesQuery = z.input<typeof ListBusinessesQuery>;
export type BusinessFilter = z.infer<typeof ListBusinessesQuery>;

export const BusinessListItem = z.object({
  id: z.uuid(),
  name: z.string(),
  brand: z.string().nullable(),
  legalForm: z.string().nullable(),
  nib: z.string().nullable(),
  subsector: z.enum(SUBSECTORS),
  districtCode: z.string(),
  districtName: z.string().nullable(),
  villageCode: z.string().nullable(),
  villageName: z.string().nullable(),
  exportStatus: z.enum(EXPORT_STATUSES),
  yearFounded: z.number().int().nullable(),
  ownerNames: z.array(z.string()),
  certificationTypes: z.array(z.enum(CERTIFICATION_TYPES)),
  latestDataYear: z.number().int().nullable(),
  latestTurnoverYearlyIdr: z.number().nullable(),
  latestWorkers: z.number().int().nullable(),
  hasCoordinates: z.boolean(),
  updatedAt: z.string(),
});
export type BusinessListItem = z.infer<typeof BusinessListItem>;

/**
 * Totals are exact up to TOTAL_CAP; beyond it `totalCapped` is true and `total` is a lower
 * bound: TOTAL_CAP ("1,000+"), or when paging further, the rows up to the asked page plus one
 * when that page is full (so there is always a next page to ask for).
 */
export const TOTAL_CAP = 1_000;
export const BusinessList = z.object({
  items: z.array(BusinessListItem),
  total: z.number().int(),
  totalCapped: z.boolean(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type BusinessList = z.infer<typeof BusinessList>;

export const MapQuery = z.object(filterFields);
export type MapQuery = z.input<typeof MapQuery>;
export const MAP_POINT_LIMIT = 20_000;
export const MapPoint = z.object({
  id: z.uuid(),
  name: z.string(),
  subsector: z.enum(SUBSECTORS),
  lat: z.number(),
  lng: z.number(),
});
export const MapPoints = z.object({ items: z.array(MapPoint), truncated: z.boolean() });
export type MapPoints = z.infer<typeof MapPoints>;
