import { NumberText } from '#web/components/NumberText';
import type { NumberValue } from '../lib/numbers';

type Props = Omit<Parameters<typeof NumberText>[0], 'value' | 'onChange' | 'kind'> & {
  value?: NumberValue;
  onChange: (value: NumberValue) => void;
  /** Whole rupiah, read as people write it (20rb, 5 jt, Rp 25.000). */
  money?: boolean;
};

/**
 * A big, phone-friendly number field in the reader's notation (`1,5` or `1.5`), read by the
 * core parser: what it cannot read in full is refused under the field, never half-read.
 * Negative numbers can be typed so the calculators can say why they are wrong.
 */
export function NumberField({ money, value, onChange, ...props }: Props) {
  return (
    <NumberText
      size="md"
      kind={money ? 'money' : 'decimal'}
      allowNegative={!money}
      value={value ?? ''}
      onChange={onChange}
      {...props}
    />
  );
}

/** Two fields side by side keep their boxes level even when one label wraps. */
export const ALIGN_END = { alignItems: 'end' } as const;
