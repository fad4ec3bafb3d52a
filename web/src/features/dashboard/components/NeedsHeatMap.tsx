import { Card, Group, ScrollArea, SegmentedControl, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '#core/format';
import { QueryView } from '#web/components/QueryView';
import { currentLocale } from '#web/lib/i18n';
import { useNeedsMatrix } from '../hooks/queries';
import { categoryLabel } from '../lib/labels';
import type { Drill } from './DrillDrawer';

/** Needs by kecamatan and category, darker where there are more; a cell opens its businesses. */
export function NeedsHeatMap({
  districtCode,
  onDrill,
}: {
  districtCode: string | undefined;
  onDrill: (drill: Drill) => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [status, setStatus] = useState<'open' | 'all'>('open');
  const matrix = useNeedsMatrix(status, districtCode);
  return (
    <Card>
      <Group justify="space-between" mb="sm" wrap="wrap" gap="xs">
        <Title order={4}>{t('dashboard:ui.matrix.title')}</Title>
        <SegmentedControl
          size="xs"
          value={status}
          onChange={(v) => setStatus(v as 'open' | 'all')}
          data={[
            { value: 'open', label: t('dashboard:ui.matrix.open') },
            { value: 'all', label: t('dashboard:ui.matrix.all') },
          ]}
        />
      </Group>
      <QueryView
        query={matrix}
        isEmpty={(m) => m.rows.length === 0 || m.categories.length === 0}
        empty={{ title: t('dashboard:ui.empty') }}
      >
        {(m) => {
          const max = Math.max(1, ...m.rows.flatMap((r) => Object.values(r.counts)));
          return (
            <ScrollArea type="auto">
              <Table withTableBorder withColumnBorders miw={Math.max(480, 120 + m.categories.length * 72)}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('dashboard:ui.kecamatan')}</Table.Th>
                    {m.categories.map((c) => (
                      <Table.Th key={c} fz="xs" ta="center">
                        {categoryLabel(c, locale)}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {m.rows.map((row) => {
                    const name = row.districtName ?? row.districtCode;
                    return (
                      <Table.Tr key={row.districtCode}>
                        <Table.Th fz="sm">{name}</Table.Th>
                        {m.categories.map((c) => {
                          const n = row.counts[c] ?? 0;
                          const share = n / max;
                          return (
                            <Table.Td
                              key={c}
                              p={0}
                              style={{
                                background: n
                                  ? `color-mix(in srgb, var(--mantine-color-orange-7) ${Math.round(12 + share * 80)}%, transparent)`
                                  : undefined,
                              }}
                            >
                              {n === 0 ? (
                                // Nothing to open: a plain cell, not a disabled button.
                                <Text
                                  size="sm"
                                  py={6}
                                  ta="center"
                                  c="dimmed"
                                  aria-label={t('dashboard:ui.matrix.cell', {
                                    district: name,
                                    category: categoryLabel(c, locale),
                                    n: formatNumber(0, locale),
                                  })}
                                >
                                  ·
                                </Text>
                              ) : (
                                <UnstyledButton
                                  w="100%"
                                  py={6}
                                  ta="center"
                                  aria-label={t('dashboard:ui.matrix.cell', {
                                    district: name,
                                    category: categoryLabel(c, locale),
                                    n: formatNumber(n, locale),
                                  })}
                                  onClick={() =>
                                    onDrill({
                                      title: `${categoryLabel(c, locale)} · ${name}`,
                                      query: {
                                        figure: 'needs',
                                        category: c as never,
                                        districtCode: row.districtCode,
                                        status: status === 'open' ? 'open' : 'all',
                                      },
                                    })
                                  }
                                >
                                  <Text
                                    size="sm"
                                    fw={share > 0.5 ? 700 : 400}
                                    c={share > 0.55 ? 'white' : undefined}
                                  >
                                    {formatNumber(n, locale)}
                                  </Text>
                                </UnstyledButton>
                              )}
                            </Table.Td>
                          );
                        })}
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </ScrollArea>
          );
        }}
      </QueryView>
    </Card>
  );
}
