import type { Queryable } from '#server/db/client';
import { batchQcOf, ratesSettingRow } from '../queries/catalog-evidence';
import { DEFAULT_RATES, SETTINGS_KEY } from './settings';

export type BatchQcEvidence = {
  id: string;
  ownerUserId: string;
  name: string;
  status: string;
  completedAt: string | null;
  pieces: number;
  passed: number;
  rework: number;
  rejected: number;
  /** Defect ids (core/domain/electroforming/defects.ts). */
  defects: string[];
};

const iso = (v: Date | string | null) => (v === null ? null : new Date(v).toISOString());

/** QC counts of batches, for the catalog's evidence; the caller checks the batch is the maker's. */
export async function batchQcEvidence(db: Queryable, ids: readonly string[]): Promise<BatchQcEvidence[]> {
  const rows = await batchQcOf(db, ids);
  return rows.map((r) => ({ ...r, completedAt: iso(r.completedAt) }));
}

/** The office's exchange rates with the date they were set (null while the defaults apply). */
export async function officeExchangeRates(db: Queryable) {
  const row = await ratesSettingRow(db, SETTINGS_KEY);
  const stored = (row?.value ?? {}) as Partial<typeof DEFAULT_RATES>;
  return {
    idrPerUsd: stored.idrPerUsd ?? DEFAULT_RATES.idrPerUsd,
    idrPerEur: stored.idrPerEur ?? DEFAULT_RATES.idrPerEur,
    asOf: row ? iso(row.updatedAt) : null,
  };
}
