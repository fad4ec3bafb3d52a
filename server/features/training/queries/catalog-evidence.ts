import { sql } from 'drizzle-orm';
import type { Queryable } from '#server/db/client';

export type BusinessCertificateRow = {
  businessId: string;
  code: string;
  titleId: string;
  titleEn: string;
  startDate: string;
  endDate: string;
  organizer: string;
};

/**
 * Valid certificates held for a business: registered for it, or held by one of its owners.
 * Only event facts (title, dates, organizer) and the public code; never the holder's data.
 */
export async function validCertificatesOf(db: Queryable, businessIds: readonly string[]) {
  if (businessIds.length === 0) return [];
  const ids = sql.join(
    businessIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const result = await db.execute(sql`
    SELECT DISTINCT b.id AS "businessId", c.code, e.title_id AS "titleId", e.title_en AS "titleEn",
      e.start_date::text AS "startDate", e.end_date::text AS "endDate", e.organizer
    FROM training_certificates c
    JOIN training_registrations r ON r.id = c.registration_id
    JOIN training_events e ON e.id = c.event_id
    JOIN (SELECT unnest(ARRAY[${ids}]) AS id) b
      ON r.business_id = b.id
      OR r.owner_id IN (SELECT bo.owner_id FROM business_owners bo WHERE bo.business_id = b.id)
    WHERE c.status = 'valid'
    ORDER BY "endDate" DESC`);
  return (result as { rows: BusinessCertificateRow[] }).rows;
}
