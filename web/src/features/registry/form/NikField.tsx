import { Group, Stack, Text, TextInput, type TextInputProps } from '@mantine/core';
import { IconAlertTriangle, IconId } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { nikRegionOutside, normalizeNikInput, parseNik } from '#core/domain/registry';
import { formatDate } from '#core/format';
import { currentLocale } from '#web/lib/i18n';

type Props = Omit<TextInputProps, 'onChange' | 'value'> & {
  value: string;
  onChange: (value: string) => void;
  homeRegencyCode: string;
  /** Kecamatan names of the home city, by code, to say where the NIK was registered. */
  districtNames: Map<string, string>;
};

/**
 * NIK input that reads the number back to the user (gender, birth date, region) while typing,
 * so a swapped digit shows up as a wrong birthday rather than as a rejected import later.
 */
export function NikField({ value, onChange, homeRegencyCode, districtNames, ...rest }: Props) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const digits = normalizeNikInput(value);
  const parsed = digits.length === 16 ? parseNik(digits) : null;
  const outside = parsed?.ok ? nikRegionOutside(digits, homeRegencyCode) : null;

  let meaning: React.ReactNode = null;
  if (parsed?.ok) {
    const p = parsed.value;
    const district = districtNames.get(p.districtCode);
    meaning = (
      <Stack gap={2} mt={4} data-testid="nik-meaning">
        <Group gap={6} wrap="nowrap" align="flex-start">
          <IconId size={14} style={{ flexShrink: 0, marginTop: 3 }} />
          <Text size="xs" c="dimmed">
            {t('registry-record:nik.meaning', {
              gender: t(`registry:enum.gender.${p.gender}`),
              birthDate: formatDate(`${p.birthDate}T00:00:00+07:00`, locale),
              region: district ? t('registry-record:nik.region_named', { name: district }) : p.districtCode,
            })}
          </Text>
        </Group>
        {outside && (
          <Group gap={6} wrap="nowrap" align="flex-start">
            <IconAlertTriangle
              size={14}
              color="var(--mantine-color-orange-7)"
              style={{ flexShrink: 0, marginTop: 3 }}
            />
            <Text size="xs" c="orange.8">
              {t(outside.key, outside.params)}
            </Text>
          </Group>
        )}
      </Stack>
    );
  } else if (digits.length > 0 && digits.length < 16 && /^\d+$/.test(digits)) {
    meaning = (
      <Text size="xs" c="dimmed" mt={4}>
        {t('registry-record:nik.digits_so_far', { count: digits.length })}
      </Text>
    );
  }

  return (
    <div>
      <TextInput
        inputMode="numeric"
        autoComplete="off"
        maxLength={24}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        {...rest}
      />
      {!rest.error && meaning}
    </div>
  );
}
