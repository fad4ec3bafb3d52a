import { addMonths } from '#core/time';

/** A dashboard period: office days, and the months it covers (figures are kept per month). */
export type Period = { from: string; to: string; firstMonth: string; lastMonth: string };

const monthStart = (day: string) => `${day.slice(0, 7)}-01`;

/** First and last day of a quarter written 2026-Q3. */
export function quarterDays(quarter: string): { from: string; to: string } {
  const [year, q] = [Number(quarter.slice(0, 4)), Number(quarter.slice(6))];
  const from = `${year}-${String((q - 1) * 3 + 1).padStart(2, '0')}-01`;
  const to = new Date(Date.UTC(year, q * 3, 0)).toISOString().slice(0, 10);
  return { from, to };
}

/** The quarter a day falls in. */
export const quarterOf = (day: string) =>
  `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;

/**
 * The period asked for: a quarter, or from/to (either may be left out), by default the twelve
 * months up to today. Months are whole: a period from 15 March counts all of March.
 */
export function resolvePeriod(
  input: { from?: string; to?: string; quarter?: string },
  today: string,
): Period {
  const days = input.quarter
    ? quarterDays(input.quarter)
    : {
        to: input.to ?? today,
        from: input.from ?? addMonths(monthStart(input.to ?? today), -11),
      };
  return { ...days, firstMonth: monthStart(days.from), lastMonth: monthStart(days.to) };
}

/** Every month start from first to last, inclusive. */
export function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  for (let m = first; m <= last && out.length < 600; m = addMonths(m, 1)) out.push(m);
  return out;
}
