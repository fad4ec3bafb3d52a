/** QC outcomes of a set of pieces and the rates derived from them. */
export type Outcomes = { piecesChecked: number; passed: number; rework: number; rejected: number };

/** Yield counts only passes; rework is neither yield nor reject (it may still be sold later). */
export function yieldRates<T extends Outcomes>(
  o: T,
): T & { yieldRate: number | null; rejectRate: number | null } {
  const checked = o.piecesChecked;
  return {
    ...o,
    yieldRate: checked > 0 ? o.passed / checked : null,
    rejectRate: checked > 0 ? o.rejected / checked : null,
  };
}

export const sumOutcomes = (rows: readonly Outcomes[]): Outcomes =>
  rows.reduce(
    (acc, r) => ({
      piecesChecked: acc.piecesChecked + r.piecesChecked,
      passed: acc.passed + r.passed,
      rework: acc.rework + r.rework,
      rejected: acc.rejected + r.rejected,
    }),
    { piecesChecked: 0, passed: 0, rework: 0, rejected: 0 },
  );
