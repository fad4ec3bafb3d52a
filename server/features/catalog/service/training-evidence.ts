import type { Queryable } from '#server/db/client';
import { certificatesOfBusinesses } from '#server/features/training/service';

/** A training certificate held by someone of a business, as the public may see it. */
export type TrainingEvidence = {
  title: { id: string; en: string };
  date: string | null;
  issuer: string;
  /** The certificate's public verification page. */
  verifyUrl: string | null;
};

/**
 * The one seam to the training feature: valid certificates of a business's people (event
 * facts and the verification link only), the readiness' training evidence.
 */
export async function trainingEvidenceFor(
  db: Queryable,
  businessIds: readonly string[],
): Promise<Map<string, TrainingEvidence[]>> {
  const certificates = await certificatesOfBusinesses(db, businessIds);
  return new Map(
    [...certificates].map(([businessId, list]) => [
      businessId,
      list.map((c) => ({ title: c.title, date: c.endDate, issuer: c.organizer, verifyUrl: c.verifyUrl })),
    ]),
  );
}
