import { cellText, isBlankCell } from './cell';
import { ok, type ParseResult } from './issues';
import { foldText } from './text';

/*
 * Approximate figures as offices write them: "± 250 buah/bulan", "kurang lebih 300",
 * "sekitar 1.000", "100-150", "5 - 10 jt". The number is read by the field's own parser; this
 * only takes off the words of approximation and splits a range. A range is kept as its middle
 * (rounded by the field's parser where it wants whole numbers), marked as an estimate with both
 * ends reported, so one figure stays one figure in the statistics.
 */

export type Approximate = {
  value: number;
  /** Written as an approximation or a range. */
  estimate: boolean;
  /** Both ends of a range as written; `value` is their middle. */
  range?: [number, number];
  /** The text the (upper) number was read from, e.g. "150 buah/bulan": a unit may follow it. */
  text: string;
};

const APPROX_PREFIX =
  /^(?:±|\+\s*\/\s*-|\+-|~|≈|kurang\s*lebih|lebih\s*kurang|kurleb|k\.?\s?l\.|kl|sekitar|kira\s*-?\s*kira|kira2|kisaran|rata\s*-?\s*rata|rata2|approx\.?|ca\.|circa|about)\s*/;
const RANGE =
  /^(.*?\d)\s*(?:-|–|—|s\s*\/\s*d\.?|s\.\s*d\.?|sampai(?:\s+dengan)?|hingga|to)\s*((?:rp\.?\s*)?\d.*)$/;
const LEADING_NUMBER = /^(?:rp\.?\s*)?[\d.,]+(?:\s+\d{3}(?!\d))*\s*/;

/** Takes the words of approximation off the front ("± ", "kurang lebih ", "sekitar "). */
export function stripApproximation(text: string): { text: string; estimate: boolean } {
  let rest = foldText(text);
  let estimate = false;
  for (let match = APPROX_PREFIX.exec(rest); match && match[0] !== ''; match = APPROX_PREFIX.exec(rest)) {
    rest = rest.slice(match[0].length);
    estimate = true;
  }
  return { text: rest, estimate };
}

/**
 * Reads a figure that may be approximate with `parse`, the field's own parser. A plain value is
 * returned as `parse` reads it; what `parse` refuses is refused with its reason.
 */
export function parseApproximate(
  value: unknown,
  parse: (value: unknown) => ParseResult<number>,
): ParseResult<Approximate> {
  if (typeof value !== 'string' || isBlankCell(value)) {
    const plain = parse(value);
    return plain.ok
      ? ok({ value: plain.value, estimate: false, text: cellText(value) }, plain.warnings)
      : plain;
  }
  const { text, estimate } = stripApproximation(value);
  const range = RANGE.exec(text);
  if (range) {
    const right = range[2].trim();
    let left = range[1].trim();
    // "5-10 jt", "100-150 buah": the unit written once after the range belongs to both ends.
    const unit = right.replace(LEADING_NUMBER, '');
    if (unit !== '' && LEADING_NUMBER.exec(left)?.[0].trim() === left) left = `${left} ${unit}`;
    const low = parse(left);
    const high = parse(right);
    if (low.ok && high.ok && low.value <= high.value) {
      return ok(
        { value: (low.value + high.value) / 2, estimate: true, range: [low.value, high.value], text: right },
        high.warnings,
      );
    }
  }
  const read = parse(estimate ? text : value);
  if (!read.ok) return read;
  return ok({ value: read.value, estimate, text }, read.warnings);
}
