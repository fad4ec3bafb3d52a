import type { Queryable } from '#server/db/client';

/** A training certificate held by someone of a business, as the public may see it. */
export type TrainingEvidence = {
  title: string;
  date: string | null;
  issuer: string;
  /** The certificate's public verification page. */
  verifyUrl: string | null;
};

export type TrainingEvidenceSource = (
  db: Queryable,
  businessIds: readonly string[],
) => Promise<Map<string, TrainingEvidence[]>>;

/*
 * The one seam to the training feature (issue 11): certificates of a business's people.
 * Until training's public service offers them, no business has any, and readiness reports
 * the training gap for everyone. Wire it here and nowhere else.
 */
export const trainingEvidenceFor: TrainingEvidenceSource = async () => new Map();
