import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatCurrency, formatRupiah } from '#core/format';
import type { PriceFigures } from '#core/schemas/electroforming';
import { currentLocale } from '#web/lib/i18n';
import { BigFigure } from '../BigFigure';
import { RoundingNote } from '../RoundingSelect';

/** HPP big, then wholesale and retail with their export prices. */
export function PriceFiguresView({ figures, costLabel }: { figures: PriceFigures; costLabel: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const fx = (usd: number, eur: number) =>
    `${formatCurrency(usd, 'USD', locale)} · ${formatCurrency(eur, 'EUR', locale)}`;
  return (
    <>
      <BigFigure
        label={costLabel}
        value={formatRupiah(figures.costIdr)}
        hint={t('electroforming:ui.price.costHint')}
        testId="costing-cost"
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <BigFigure
          size="md"
          label={t('electroforming:ui.price.wholesale')}
          value={formatRupiah(figures.wholesaleIdr)}
          hint={fx(figures.wholesaleUsd, figures.wholesaleEur)}
        />
        <BigFigure
          size="md"
          label={t('electroforming:ui.price.retail')}
          value={formatRupiah(figures.retailIdr)}
          hint={fx(figures.retailUsd, figures.retailEur)}
          testId="costing-retail"
        />
      </SimpleGrid>
      <RoundingNote rule={figures.rounding} />
    </>
  );
}
