import { NumberInput, type NumberInputProps } from '@mantine/core';
import { currentLocale } from '#web/lib/i18n';
import type { NumberValue } from '../lib/numbers';

type Props = Omit<NumberInputProps, 'value' | 'onChange'> & {
  value?: NumberValue;
  onChange: (value: NumberValue) => void;
  /** Unit shown inside the field on the right (cm², A, µm …). */
  unit?: string;
  /** Whole rupiah with thousands grouped (Rp 25.000). */
  money?: boolean;
};

/**
 * A big, phone-friendly number field in the reader's notation: `1,5` in Indonesian (a typed
 * dot becomes a comma), `1.5` in English. Negative numbers can be typed so the calculators
 * can say why they are wrong instead of silently refusing the key.
 */
export function NumberField({ unit, money, value, onChange, ...props }: Props) {
  const id = currentLocale() === 'id';
  const separators = money
    ? { thousandSeparator: id ? '.' : ',', decimalSeparator: id ? ',' : '.', decimalScale: 0 }
    : { decimalSeparator: id ? ',' : '.', allowedDecimalSeparators: ['.', ','] };
  return (
    <NumberInput
      size="md"
      hideControls
      inputMode={money ? 'numeric' : 'decimal'}
      value={value}
      onChange={onChange}
      rightSection={unit ? <span className="ef-unit">{unit}</span> : undefined}
      rightSectionWidth={unit ? Math.max(36, unit.length * 9 + 16) : undefined}
      leftSection={money ? <span className="ef-unit">Rp</span> : undefined}
      {...separators}
      {...props}
    />
  );
}

/** Two fields side by side keep their boxes level even when one label wraps. */
export const ALIGN_END = { alignItems: 'end' } as const;
