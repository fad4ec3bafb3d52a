import { z } from 'zod';
import { LIMITS, type LimitName } from '#core/domain/electroforming/limits';

/** Field builders shared by the electroforming record schemas (not part of the contract). */

export const rangeMsg = (name: LimitName) => `electroforming:errors.${LIMITS[name].key}`;
export const rec = (name: string) => `electroforming:records.${name}`;

export function num(name: LimitName) {
  const lim = LIMITS[name];
  const error = rangeMsg(name);
  const base = z.number({ error });
  const low = lim.minExclusive ? base.gt(lim.min, { error }) : base.gte(lim.min, { error });
  return 'integer' in lim && lim.integer
    ? low.lte(lim.max, { error }).int({ error })
    : low.lte(lim.max, { error });
}

export const text = (max: number) =>
  z
    .string({ error: rec('textTooLong') })
    .trim()
    .max(max, { error: rec('textTooLong') });
export const name = z
  .string({ error: rec('nameRequired') })
  .trim()
  .min(1, { error: rec('nameRequired') })
  .max(120, { error: rec('textTooLong') });
export const notes = text(2000);
export const isoDate = z.iso.date({ error: rec('dateFormat') });
export const isoDateTime = z.iso.datetime({ offset: true, error: rec('dateTimeFormat') });
export const money = num('moneyIdr');

export const enumOf = <T extends readonly [string, ...string[]]>(values: T, key: string) =>
  z.enum(values, { error: rec(key) });
