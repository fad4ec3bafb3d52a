import type { Queryable } from '#server/db/client';
import { validCertificatesOf } from '../queries/catalog-evidence';
import { verifyUrlOf } from './certificates';

export type BusinessCertificate = {
  code: string;
  title: { id: string; en: string };
  startDate: string;
  endDate: string;
  organizer: string;
  /** The public verification page (relative to the site). */
  verifyUrl: string;
};

/** Valid training certificates per business, for the catalog's evidence (no personal data). */
export async function certificatesOfBusinesses(
  db: Queryable,
  businessIds: readonly string[],
): Promise<Map<string, BusinessCertificate[]>> {
  const rows = await validCertificatesOf(db, businessIds);
  const byBusiness = new Map<string, BusinessCertificate[]>();
  for (const r of rows) {
    const list = byBusiness.get(r.businessId) ?? [];
    if (list.some((c) => c.code === r.code)) continue;
    list.push({
      code: r.code,
      title: { id: r.titleId, en: r.titleEn },
      startDate: r.startDate,
      endDate: r.endDate,
      organizer: r.organizer,
      verifyUrl: verifyUrlOf('', r.code),
    });
    byBusiness.set(r.businessId, list);
  }
  return byBusiness;
}
