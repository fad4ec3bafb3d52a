import { registryApi } from '#core/api/registry';
import '@mantine/charts/styles.css';
import { DonutChart } from '@mantine/charts';
import { Alert, Button, Card, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCircleCheck, IconDownload, IconList } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { download } from '#web/lib/client';
import { Counts } from './Counts';
import { IssueTable } from './IssueTable';
import type { ImportReport } from './types';

/** Step 4: what happened to every row, the rejected rows to fix and re-import, and the way on. */
export default function ResultStep({ report, onAgain }: { report: ImportReport; onAgain: () => void }) {
  const { t } = useTranslation();
  const [downloading, setDownloading] = useState(false);
  const chart = [
    { name: t('registry-import:wizard.count.created'), value: report.created, color: 'teal.6' },
    { name: t('registry-import:wizard.count.updated'), value: report.updated, color: 'blue.6' },
    { name: t('registry-import:wizard.count.duplicates'), value: report.duplicates, color: 'yellow.6' },
    { name: t('registry-import:wizard.count.rejected'), value: report.rejected, color: 'red.6' },
  ].filter((d) => d.value > 0);
  const downloadRejects = async () => {
    setDownloading(true);
    try {
      await download(registryApi.importRejects, { params: { id: report.importId } });
    } catch (error) {
      notifications.show({ color: 'red', message: (error as Error).message });
    } finally {
      setDownloading(false);
    }
  };
  return (
    <Stack data-testid="import-result">
      <Alert color="teal" icon={<IconCircleCheck />} title={t('registry-import:wizard.done_title')}>
        {t('registry-import:wizard.done_body', { total: report.total, file: report.fileName })}
      </Alert>
      <Group align="stretch" gap="md" wrap="wrap">
        {chart.length > 0 && (
          <Card style={{ flex: '0 0 auto' }} mx={{ base: 'auto', xs: 0 }}>
            <DonutChart data={chart} size={140} thickness={22} withTooltip tooltipDataSource="segment" />
          </Card>
        )}
        <div style={{ flex: '1 1 280px', minWidth: 0 }}>
          <Counts report={report} preview={false} />
        </div>
      </Group>
      {report.rejected > 0 && report.rejectsUrl !== null && (
        <Card>
          <Stack gap="xs">
            <Text size="sm">{t('registry-import:wizard.rejects_hint', { count: report.rejected })}</Text>
            <Group>
              <Button
                leftSection={<IconDownload size={16} />}
                onClick={() => void downloadRejects()}
                loading={downloading}
                data-testid="download-rejects"
                h="auto"
                py={8}
                styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
              >
                {t('registry-import:wizard.download_rejects')}
              </Button>
            </Group>
          </Stack>
        </Card>
      )}
      <IssueTable errors={report.errors} warnings={report.warnings} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onAgain}>
          {t('registry-import:wizard.again')}
        </Button>
        <Button component={Link} to="/registry?sort=updatedAt" leftSection={<IconList size={16} />}>
          {t('registry-import:wizard.open_list')}
        </Button>
      </Group>
    </Stack>
  );
}
