import { Card, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '#core/format';
import { currentLocale } from '#web/lib/i18n';
import type { ImportReport } from './types';

const COUNTS = [
  ['total', 'gray'],
  ['created', 'teal'],
  ['updated', 'blue'],
  ['duplicates', 'yellow'],
  ['rejected', 'red'],
] as const;

/** The five numbers of an import; the same tiles in the preview ("will be") and the result. */
export function Counts({ report, preview }: { report: ImportReport; preview: boolean }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <SimpleGrid cols={{ base: 2, xs: 3, md: 5 }} spacing="xs" data-testid="import-counts">
      {COUNTS.map(([key, color]) => (
        <Card key={key} padding="sm" data-testid={`count-${key}`}>
          <Text size="xs" c="dimmed">
            {t(`registry-import:wizard.count.${key}${preview && key !== 'total' ? '_preview' : ''}`)}
          </Text>
          <Text fw={700} fz={24} c={report[key] > 0 && key !== 'total' ? `${color}.8` : undefined}>
            {formatNumber(report[key], locale)}
          </Text>
        </Card>
      ))}
    </SimpleGrid>
  );
}
