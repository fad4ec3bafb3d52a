import { Card, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '#core/format';
import { currentLocale } from '#web/lib/i18n';
import type { ImportReport } from './types';

/** Upload bar first, then the server's own progress (reading → matching → saving). */
export function ProgressCard({
  uploaded,
  report,
}: {
  uploaded: number | null;
  report: ImportReport | undefined;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const uploading = !report;
  const value = uploading ? (uploaded ?? 0) : Math.round(report.progress * 100);
  return (
    <Card data-testid="import-progress">
      <Stack gap="xs">
        <Text fw={600}>
          {uploading
            ? t('registry-import:wizard.uploading')
            : t(`registry-import:wizard.phase.${report.phase}`)}
        </Text>
        <Progress size="lg" animated value={value} aria-label={t('registry-import:wizard.step.importing')} />
        {report && report.totalRows !== null && (
          <Text size="sm" c="dimmed">
            {t('registry-import:wizard.rows_done', {
              done: formatNumber(report.processedRows, locale),
              total: formatNumber(report.totalRows, locale),
            })}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {t('registry-import:wizard.keep_open')}
        </Text>
      </Stack>
    </Card>
  );
}
