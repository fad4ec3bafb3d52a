import { z } from 'zod';

/*
 * The registry API contract's regions, on their own: every signed-in page's kecamatan pickers
 * (users, dashboard) load this and zod, not the registry's field validators (issue 10).
 */

export const apiMsg = (key: string) => `registry-api:${key}`;
const msg = apiMsg;

export const REGION_LEVELS = ['province', 'regency', 'district', 'village'] as const;
export const RegionLevel = z.enum(REGION_LEVELS);
export type RegionLevel = z.infer<typeof RegionLevel>;

/** Any Kemendagri code: 35, 35.73, 35.73.05 or 35.73.05.1001. */
export const RegionCode = z
  .string()
  .trim()
  .regex(/^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/, { error: msg('fields.regionCode') });
export const VillageCode = z
  .string()
  .trim()
  .regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/, { error: msg('fields.villageCode') });

export const ListRegionsQuery = z
  .object({
    /** Children of this region (35.73 → its kecamatan). */
    parent: RegionCode.optional(),
    /** With `within`: every region of this level under that ancestor. */
    level: RegionLevel.optional(),
    within: RegionCode.optional(),
    q: z.string().trim().min(1).max(100).optional(),
    limit: z.coerce.number().int().min(1).max(5000).default(1000),
  })
  .refine((v) => v.parent !== undefined || v.level !== undefined || v.q !== undefined, {
    error: msg('regions.needFilter'),
    path: ['parent'],
  });
export type ListRegionsQuery = z.infer<typeof ListRegionsQuery>;

export const Region = z.object({
  code: z.string(),
  name: z.string(),
  level: RegionLevel,
  parentCode: z.string().nullable(),
  parentName: z.string().nullable(),
  /** Inside the home city (HOME_REGION_CODE): pickers list these first. */
  home: z.boolean(),
});
export type Region = z.infer<typeof Region>;
export const RegionList = z.object({ items: z.array(Region) });
export type RegionList = z.infer<typeof RegionList>;
