import { Card, Group, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '#core/format';
import type { Bath } from '#core/schemas/electroforming';
import { formatFigure } from '#web/features/electroforming/lib/format';
import { R } from '#web/features/electroforming/lib/labels';
import { currentLocale } from '#web/lib/i18n';

const ROWS = [
  ['copperSulfateGL', 'g/L'],
  ['sulfuricAcidGL', 'g/L'],
  ['chloridePpm', 'ppm'],
  ['temperatureC', '°C'],
] as const;

/** The bath's latest composition next to its operating window, each row marked in or out. */
export function CompositionCard({ bath }: { bath: Bath }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const f = (v: number) => formatFigure(v, locale);
  return (
    <Card p="md">
      <Group justify="space-between" mb="xs" wrap="wrap" gap="xs">
        <Title order={4}>{t(`${R}.bath.composition`)}</Title>
        <Text size="xs" c="dimmed">
          {t(`${R}.bath.measuredOn`, { date: formatDate(bath.composition.measuredOn, locale) })}
        </Text>
      </Group>
      <Table verticalSpacing={6} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th />
            <Table.Th ta="right">{t(`${R}.bath.now`)}</Table.Th>
            <Table.Th ta="right">{t(`${R}.bath.window`)}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {ROWS.map(([key, unit]) => {
            const value = bath.composition[key];
            const range = bath.operatingWindow[key];
            const ok = value === null || (value >= range.min && value <= range.max);
            return (
              <Table.Tr key={key}>
                <Table.Td>{t(`${R}.bathForm.composition.${key}`)}</Table.Td>
                <Table.Td ta="right">
                  {value === null ? (
                    '–'
                  ) : (
                    <Text span fw={700} c={ok ? 'teal.8' : 'orange.8'} style={{ whiteSpace: 'nowrap' }}>
                      {ok ? '' : '⚠ '}
                      {f(value)} {unit}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                  {f(range.min)}–{f(range.max)}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Card>
  );
}
