import '@mantine/dropzone/styles.css';
import { Alert, Button, Group, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { Dropzone, type FileRejection } from '@mantine/dropzone';
import { IconFileSpreadsheet, IconUpload, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '#core/format';
import { useDisabledReason } from '#web/components/DisabledReason';
import { currentLocale } from '#web/lib/i18n';
import type { ImportOptions } from '../hooks/imports';
import { dataYearOptions } from '../shared/options';

const ACCEPT = {
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['.xlsx'],
  'text/csv': ['.csv'],
  'application/vnd.ms-excel': ['.csv'],
};
const MAX_BYTES = 20 * 1024 * 1024;

type Props = {
  file: File | null;
  onFile: (file: File | null) => void;
  options: ImportOptions;
  onOptions: (o: ImportOptions) => void;
  onCheck: () => void;
  checking: boolean;
  error: string | null;
};

/** Step 1: pick or drop the office's spreadsheet; nothing is saved until the preview is confirmed. */
export function UploadStep({ file, onFile, options, onOptions, onCheck, checking, error }: Props) {
  const { t } = useTranslation();
  const locale = currentLocale();
  // A file the dropzone refuses (a .txt, a PDF, too large) is said, not silently dropped.
  const [refused, setRefused] = useState<string | null>(null);
  const checkWhy = useDisabledReason(!file && t('registry-import:wizard.check_why'));
  const refuse = (rejections: FileRejection[]) => {
    onFile(null);
    const [first] = rejections;
    if (!first) return setRefused(null);
    const code = first.errors[0]?.code;
    if (rejections.length > 1 || code === 'too-many-files')
      return setRefused(t('registry-import:wizard.refused_many'));
    if (code === 'file-invalid-type')
      return setRefused(t('registry-import:wizard.refused_type', { file: first.file.name }));
    if (code === 'file-too-large')
      return setRefused(t('registry-import:wizard.refused_size', { file: first.file.name }));
    setRefused(
      t('registry-import:wizard.refused_other', {
        file: first.file.name,
        reason: first.errors[0]?.message ?? '',
      }),
    );
  };
  return (
    <Stack>
      <Dropzone
        onDrop={(files) => {
          setRefused(null);
          onFile(files[0] ?? null);
        }}
        onReject={refuse}
        accept={ACCEPT}
        maxSize={MAX_BYTES}
        multiple={false}
        loading={checking}
        data-testid="import-dropzone"
      >
        <Group justify="center" gap="md" mih={140} style={{ pointerEvents: 'none' }} wrap="nowrap">
          <Dropzone.Accept>
            <IconUpload size={44} stroke={1.5} style={{ flexShrink: 0 }} />
          </Dropzone.Accept>
          <Dropzone.Reject>
            <IconX size={44} stroke={1.5} style={{ flexShrink: 0 }} />
          </Dropzone.Reject>
          <Dropzone.Idle>
            <IconFileSpreadsheet
              size={44}
              stroke={1.5}
              color="var(--mantine-color-copper-7)"
              style={{ flexShrink: 0 }}
            />
          </Dropzone.Idle>
          <Stack gap={4}>
            <Text fw={600}>{file ? file.name : t('registry-import:wizard.drop_title')}</Text>
            <Text size="sm" c="dimmed">
              {file
                ? t('registry-import:wizard.file_size', { size: formatNumber(file.size / 1024, locale, 0) })
                : t('registry-import:wizard.drop_hint')}
            </Text>
          </Stack>
        </Group>
      </Dropzone>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Select
          label={t('registry-import:wizard.data_year')}
          description={t('registry-import:wizard.data_year_hint')}
          placeholder={t('registry-import:wizard.data_year_from_file')}
          clearable
          data={dataYearOptions()}
          value={options.dataYear ?? null}
          onChange={(v) => onOptions({ ...options, dataYear: v ?? undefined })}
        />
        <Select
          label={t('registry-import:wizard.turnover_period')}
          description={t('registry-import:wizard.turnover_period_hint')}
          placeholder={t('registry-import:wizard.turnover_period_ask')}
          clearable
          data={[
            { value: 'month', label: t('registry-import:wizard.turnover_month') },
            { value: 'year', label: t('registry-import:wizard.turnover_year') },
          ]}
          value={options.turnoverPeriod ?? null}
          onChange={(v) =>
            onOptions({ ...options, turnoverPeriod: v === 'month' || v === 'year' ? v : undefined })
          }
        />
      </SimpleGrid>
      {refused && (
        <Alert
          color="red"
          title={t('registry-import:wizard.refused_title')}
          data-testid="import-refused"
          withCloseButton
          onClose={() => setRefused(null)}
        >
          {refused}
        </Alert>
      )}
      {error && (
        <Alert color="red" data-testid="import-error">
          {error}
        </Alert>
      )}
      <Stack align="flex-end" gap={4}>
        <Button
          onClick={onCheck}
          disabled={checkWhy.disabled}
          aria-describedby={checkWhy.describedBy}
          loading={checking}
          data-testid="import-check"
        >
          {t('registry-import:wizard.check')}
        </Button>
        {checkWhy.note}
      </Stack>
    </Stack>
  );
}
