import { Select, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  DEFAULT_PRICE_ROUNDING,
  PRICE_ROUNDINGS,
  type PriceRounding,
} from '#core/domain/electroforming/price-rounding';

export const isRounding = (value: unknown): value is PriceRounding =>
  typeof value === 'string' && (PRICE_ROUNDINGS as readonly string[]).includes(value);

/** The rule prices are rounded by, chosen in the open (default: up to Rp 1.000). */
export function RoundingSelect({
  value,
  onChange,
}: {
  value: unknown;
  onChange: (rule: PriceRounding) => void;
}) {
  const { t } = useTranslation();
  return (
    <Select
      size="md"
      label={t('electroforming:rounding.label')}
      description={t('electroforming:rounding.hint')}
      data={PRICE_ROUNDINGS.map((rule) => ({ value: rule, label: t(`electroforming:rounding.${rule}`) }))}
      value={isRounding(value) ? value : DEFAULT_PRICE_ROUNDING}
      onChange={(v) => isRounding(v) && onChange(v)}
      allowDeselect={false}
      data-testid="price-rounding"
    />
  );
}

/** "Dibulatkan ke atas ke Rp 1.000" under the prices it applies to. */
export function RoundingNote({ rule }: { rule: PriceRounding | undefined }) {
  const { t } = useTranslation();
  if (!rule) return null;
  return (
    <Text size="xs" c="dimmed" data-testid="rounding-note">
      {t('electroforming:rounding.applied', { rule: t(`electroforming:rounding.${rule}`) })}
    </Text>
  );
}
