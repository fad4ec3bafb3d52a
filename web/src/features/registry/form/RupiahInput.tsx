import { TextInput, type TextInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { parseRupiah } from '#core/domain/registry';
import { formatRupiah } from '#core/format';

type Props = Omit<TextInputProps, 'onChange' | 'value'> & {
  value: string;
  onChange: (value: string) => void;
};

/**
 * Rupiah as people say it: "5 jt", "1,5 juta", "Rp 5.000.000,-". The amount it will be saved
 * as is shown under the box, and the box is rewritten in full Rupiah on blur.
 */
export function RupiahInput({ value, onChange, description, onBlur, ...rest }: Props) {
  const { t } = useTranslation();
  const parsed = value.trim() ? parseRupiah(value) : null;
  const reading =
    parsed?.ok && !/^rp\s?[\d.]+$/i.test(value.trim())
      ? t('registry:money.reads_as', { value: formatRupiah(parsed.value) })
      : undefined;
  return (
    <TextInput
      inputMode="text"
      leftSection="Rp"
      leftSectionWidth={36}
      placeholder={t('registry:money.placeholder')}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      onBlur={(e) => {
        if (parsed?.ok) onChange(formatRupiah(parsed.value).replace(/^Rp\s?/, ''));
        onBlur?.(e);
      }}
      description={reading ?? description}
      {...rest}
    />
  );
}
