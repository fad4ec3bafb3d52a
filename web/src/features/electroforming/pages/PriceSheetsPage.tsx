import { Accordion, ActionIcon, Badge, Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconCalculator, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatCurrency, formatDate, formatRupiah } from '#core/format';
import type { PriceSheet } from '#core/schemas/electroforming';
import { useCan } from '#web/app/session';
import { PageHeader } from '#web/components/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '#web/components/States';
import { currentLocale } from '#web/lib/i18n';
import { modals } from '#web/lib/modals';
import { CostBreakdown } from '../components/CostBreakdown';
import '../components/ef.css';
import { RoundingNote } from '../components/RoundingSelect';
import { useDeletePriceSheet, usePriceSheets } from '../hooks/records';
import { PATHS, R } from '../lib/labels';

/** Saved prices of products: cost of goods, wholesale, retail and export, per piece. */
export function PriceSheetsPage() {
  const { t } = useTranslation();
  const owner = useCan('electroforming.records_write');
  const sheets = usePriceSheets();
  return (
    <Stack gap="md" maw={900}>
      <PageHeader title={t(`${R}.sheets.title`)} description={t(`${R}.sheets.description`)} />
      {sheets.isPending ? (
        <LoadingState />
      ) : sheets.error ? (
        <ErrorState error={sheets.error} onRetry={() => void sheets.refetch()} />
      ) : sheets.data.items.length === 0 ? (
        <EmptyState
          title={t(`${R}.sheets.empty`)}
          action={
            owner ? (
              <Group gap="xs" justify="center">
                <Button
                  component={Link}
                  to="/electroforming/price"
                  leftSection={<IconCalculator size={16} />}
                >
                  {t('electroforming:ui.tools.price.title')}
                </Button>
                <Button component={Link} to={PATHS.batches} variant="light">
                  {t(`${R}.batches.title`)}
                </Button>
              </Group>
            ) : undefined
          }
        >
          {t(`${R}.sheets.emptyHint`)}
        </EmptyState>
      ) : (
        <Stack gap="sm">
          {sheets.data.items.map((sheet) => (
            <SheetCard key={sheet.id} sheet={sheet} owner={owner} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function SheetCard({ sheet, owner }: { sheet: PriceSheet; owner: boolean }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const remove = useDeletePriceSheet();
  const p = sheet.perPiece;
  const confirm = () =>
    modals.openConfirmModal({
      title: t(`${R}.sheets.deleteTitle`),
      children: <Text size="sm">{t(`${R}.sheets.deleteBody`, { name: sheet.name })}</Text>,
      labels: { confirm: t('common:action.delete'), cancel: t('common:action.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => remove.mutate(sheet.id),
    });
  return (
    <Card p="md" data-testid="price-sheet">
      <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text fw={700}>{sheet.name}</Text>
          <Text size="xs" c="dimmed">
            {[sheet.productRef, owner ? null : sheet.ownerName, formatDate(sheet.createdAt, locale)]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        </Stack>
        <Group gap={4} wrap="nowrap">
          <Badge variant="light">{t(`${R}.sheets.source.${sheet.source}`)}</Badge>
          {owner && (
            <ActionIcon variant="subtle" color="red" aria-label={t('common:action.delete')} onClick={confirm}>
              <IconTrash size={16} />
            </ActionIcon>
          )}
        </Group>
      </Group>
      <SimpleGrid cols={3} spacing="xs" mt="sm">
        <Figure label={t(`${R}.sheets.cost`)} value={formatRupiah(p.costIdr)} />
        <Figure
          label={t('electroforming:ui.price.wholesale')}
          value={formatRupiah(p.wholesaleIdr)}
          sub={`${formatCurrency(p.wholesaleUsd, 'USD', locale)} · ${formatCurrency(p.wholesaleEur, 'EUR', locale)}`}
        />
        <Figure
          label={t('electroforming:ui.price.retail')}
          value={formatRupiah(p.retailIdr)}
          sub={`${formatCurrency(p.retailUsd, 'USD', locale)} · ${formatCurrency(p.retailEur, 'EUR', locale)}`}
        />
      </SimpleGrid>
      <RoundingNote rule={p.rounding} />
      <Accordion variant="subtle" mt="xs">
        <Accordion.Item value="breakdown">
          <Accordion.Control>{t('electroforming:ui.price.breakdown')}</Accordion.Control>
          <Accordion.Panel>
            <CostBreakdown lines={p.breakdown} />
            <Text size="xs" c="dimmed" mt="xs">
              {t(`${R}.sheets.rates`, {
                usd: formatRupiah(sheet.rates.idrPerUsd),
                eur: formatRupiah(sheet.rates.idrPerEur),
              })}
            </Text>
          </Accordion.Panel>
        </Accordion.Item>
      </Accordion>
    </Card>
  );
}

function Figure({ label, value, sub }: { label: string; value: string; sub?: string }) {
  return (
    <Stack gap={0} style={{ minWidth: 0 }}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={800} size="sm">
        {value}
      </Text>
      {sub && (
        <Text size="xs" c="dimmed">
          {sub}
        </Text>
      )}
    </Stack>
  );
}
