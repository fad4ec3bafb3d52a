import { TextInput, type TextInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNumberText } from '#web/components/NumberText';

type Props = Omit<TextInputProps, 'onChange' | 'value'> & {
  value: string;
  onChange: (value: string) => void;
};

/**
 * Rupiah as people say it: "5 jt", "1,5 juta", "Rp 5.000.000,-" — the text is kept (the server
 * reads it with the same core parser); the amount it will be saved as is shown under the box,
 * what cannot be read is said there, and the box is rewritten in full Rupiah on blur.
 */
export function RupiahInput({ value, onChange, description, onBlur, error, ...rest }: Props) {
  const { t } = useTranslation();
  const reading = useNumberText(value, { kind: 'money' });
  return (
    <TextInput
      inputMode="text"
      leftSection="Rp"
      leftSectionWidth={36}
      placeholder={t('registry:money.placeholder')}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      onBlur={(e) => {
        if (reading.written !== undefined) onChange(reading.written);
        onBlur?.(e);
      }}
      description={reading.readsAs ?? description}
      error={reading.message ?? error}
      {...rest}
    />
  );
}
