import { Select, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DEFAULT_COIN_ID, findCoin, REFERENCE_COINS } from '#core/domain/electroforming/coins';
import { useStoredState } from '#web/features/electroforming/hooks/use-stored-state';
import { formatFigure } from '#web/features/electroforming/lib/format';
import type { NumberValue } from '#web/features/electroforming/lib/numbers';
import { currentLocale } from '#web/lib/i18n';
import { NumberField } from '../NumberField';

export const CUSTOM_COIN = 'custom';

const COIN_DEFAULTS = {
  coinId: DEFAULT_COIN_ID as string,
  diameterMm: (findCoin(DEFAULT_COIN_ID)?.diameterMm ?? 24.1) as NumberValue,
};

/** The reference coin, remembered on this phone. */
export function useCoinChoice() {
  return useStoredState('coin', COIN_DEFAULTS);
}

export function CoinPicker({
  coinId,
  diameterMm,
  onChange,
  error,
}: {
  coinId: string;
  diameterMm: NumberValue;
  onChange: (change: { coinId: string; diameterMm: NumberValue }) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
      <Select
        size="md"
        label={t('photo-area:tool.coin')}
        allowDeselect={false}
        value={coinId}
        onChange={(id) => {
          const coin = id ? findCoin(id) : undefined;
          onChange({ coinId: id ?? CUSTOM_COIN, diameterMm: coin ? coin.diameterMm : diameterMm });
        }}
        data={[
          ...REFERENCE_COINS.map((c) => ({
            value: c.id,
            label: `${c.name} · ${formatFigure(c.diameterMm, locale)} mm`,
          })),
          { value: CUSTOM_COIN, label: t('photo-area:tool.coinCustom') },
        ]}
        data-testid="coin-select"
      />
      <NumberField
        label={t('photo-area:tool.coinDiameter')}
        unit="mm"
        value={diameterMm}
        onChange={(v) => {
          const coin = findCoin(coinId);
          onChange({ coinId: coin && coin.diameterMm === v ? coinId : CUSTOM_COIN, diameterMm: v });
        }}
        error={error}
        data-testid="coin-diameter"
      />
    </SimpleGrid>
  );
}
