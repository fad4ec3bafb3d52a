import { TextInput, type TextInputProps } from '@mantine/core';
import { IconPhone } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { normalizePhone } from '#core/domain/registry';

type Props = Omit<TextInputProps, 'onChange' | 'value'> & {
  value: string;
  onChange: (value: string) => void;
};

/** Any local writing (0812-…, 62812…, 812…) becomes +62… when the field is left. */
export function PhoneInput({ value, onChange, onBlur, ...rest }: Props) {
  const { t } = useTranslation();
  return (
    <TextInput
      type="tel"
      inputMode="tel"
      autoComplete="tel"
      leftSection={<IconPhone size={16} />}
      placeholder="0812-3456-7890"
      description={t('registry:field.phone_hint')}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      onBlur={(e) => {
        const e164 = value.trim() ? normalizePhone(value) : null;
        if (e164 && e164 !== value) onChange(e164);
        onBlur?.(e);
      }}
      {...rest}
    />
  );
}
