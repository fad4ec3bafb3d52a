import { convertUnit, type QUANTITY_UNITS, type Quantity } from './units';
import { type Explained, fmt, step } from './working';

export type ConvertInput<Q extends Quantity = Quantity> = {
  quantity: Q;
  value: number;
  from: (typeof QUANTITY_UNITS)[Q][number];
  to: (typeof QUANTITY_UNITS)[Q][number];
};

export type ConvertResult = Explained & { value: number; quantity: Quantity; from: string; to: string };

/** A unit conversion with its working, for the converter on the calculator page. */
export function convertExplained(input: ConvertInput): ConvertResult {
  const value = convertUnit(input.quantity, input.value, input.from, input.to);
  const factor = convertUnit(input.quantity, 1, input.from, input.to);
  return {
    value,
    quantity: input.quantity,
    from: input.from,
    to: input.to,
    units: { value: input.to },
    working: [
      step(
        'convert',
        'y = x·k',
        `${fmt(input.value)} ${input.from} · ${fmt(factor)} ${input.to}/${input.from}`,
        value,
        input.to,
      ),
    ],
    warnings: [],
  };
}
