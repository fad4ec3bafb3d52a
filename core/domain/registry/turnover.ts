/** What a yearly snapshot says about turnover: either figure may be missing. */
export type TurnoverFigures = {
  turnoverYearlyIdr?: number | null;
  turnoverMonthlyIdr?: number | null;
};

/**
 * The yearly turnover a snapshot stands for: the yearly figure when there is one, else twelve
 * times the monthly one, else nothing. The one definition: the import's prefilled columns and
 * the profile's chart use it; the database's business_latest_refresh trigger (migration 0008)
 * computes the same in SQL, and turnover.test.ts in the registry proves both agree.
 */
export function yearlyTurnover(figures: TurnoverFigures): number | null {
  if (figures.turnoverYearlyIdr != null) return figures.turnoverYearlyIdr;
  return figures.turnoverMonthlyIdr == null ? null : figures.turnoverMonthlyIdr * 12;
}
