import { Alert, Button, Card, Group, Progress, Stack, Stepper, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconColumnsOff } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../../../core/format';
import { PageHeader } from '../../../components/PageHeader';
import { LoadingState } from '../../../components/States';
import { currentLocale } from '../../../lib/i18n';
import { Counts } from './Counts';
import { IssueTable } from './IssueTable';
import { type ImportOptions, startImport, useImportProgress } from './import-api';
import type { ImportReport } from './types';
import { UploadStep } from './UploadStep';

const ResultStep = lazy(() => import('./ResultStep'));

type Step = 0 | 1 | 2 | 3;

/** Upload → preview (dry run) → import with progress → result and the rejected rows. */
export default function ImportWizardPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const client = useQueryClient();
  const compact = useMediaQuery('(max-width: 36em)');
  const [step, setStep] = useState<Step>(0);
  const [file, setFile] = useState<File | null>(null);
  const [options, setOptions] = useState<ImportOptions>({});
  const [uploaded, setUploaded] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportReport | null>(null);
  const [result, setResult] = useState<ImportReport | null>(null);
  const progress = useImportProgress(result?.importId ?? null, result?.status === 'running');
  const final = progress.data ?? result;

  useEffect(() => {
    if (step === 2 && final && final.status !== 'running') {
      if (final.status === 'done') {
        void client.invalidateQueries({ queryKey: ['businesses'] });
        setStep(3);
      } else {
        setError(final.failure ?? t('registry:import.failed'));
        setStep(1);
      }
    }
  }, [step, final, client, t]);

  const run = async (dryRun: boolean) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    setUploaded(0);
    try {
      const report = await startImport(file, dryRun, options, (p) =>
        setUploaded(Math.round((p.loaded / p.total) * 100)),
      );
      if (dryRun) {
        setPreview(report);
        setStep(1);
      } else {
        setResult(report);
      }
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      if (!dryRun) setStep(1);
    } finally {
      setBusy(false);
    }
  };

  const confirm = () => {
    setStep(2);
    void run(false);
  };
  const reset = () => {
    setStep(0);
    setFile(null);
    setPreview(null);
    setResult(null);
    setError(null);
  };
  const importable = preview ? preview.created + preview.updated : 0;
  const serverPct =
    final?.totalRows && final.totalRows > 0
      ? Math.round((final.processedRows / final.totalRows) * 100)
      : null;

  return (
    <>
      <PageHeader title={t('registry:import.title')} description={t('registry:import.description')} />
      <Stepper
        active={step}
        size="sm"
        mb="lg"
        iconSize={compact ? 28 : undefined}
        allowNextStepsSelect={false}
      >
        {(['upload', 'preview', 'importing', 'result'] as const).map((s) => (
          <Stepper.Step key={s} label={compact ? undefined : t(`registry:import.step.${s}`)} />
        ))}
      </Stepper>
      {compact && (
        <Text fw={600} mb="sm">
          {t(`registry:import.step.${(['upload', 'preview', 'importing', 'result'] as const)[step]}`)}
        </Text>
      )}
      {step === 0 && (
        <UploadStep
          file={file}
          onFile={setFile}
          options={options}
          onOptions={setOptions}
          onCheck={() => void run(true)}
          checking={busy}
          uploaded={uploaded}
          error={error}
        />
      )}
      {step === 1 && preview && (
        <Stack data-testid="import-preview">
          <Text size="sm">{t('registry:import.preview_intro', { file: preview.fileName })}</Text>
          <Counts report={preview} preview />
          {preview.unrecognizedColumns.length > 0 && (
            <Alert
              color="yellow"
              icon={<IconColumnsOff size={18} />}
              title={t('registry:import.unrecognized_title')}
            >
              {t('registry:import.unrecognized_body', { columns: preview.unrecognizedColumns.join(', ') })}
            </Alert>
          )}
          <IssueTable errors={preview.errors} warnings={preview.warnings} />
          {error && <Alert color="red">{error}</Alert>}
          <Group justify="space-between">
            <Button variant="default" onClick={reset}>
              {t('registry:import.other_file')}
            </Button>
            <Button onClick={confirm} disabled={importable === 0} data-testid="import-confirm">
              {t('registry:import.confirm', {
                count: importable,
                formatted: formatNumber(importable, locale),
              })}
            </Button>
          </Group>
        </Stack>
      )}
      {step === 2 && (
        <Card data-testid="import-progress">
          <Stack gap="xs">
            <Text fw={600}>
              {busy
                ? t('registry:import.uploading')
                : t(`registry:import.phase.${final?.phase ?? 'saving'}`, {
                    defaultValue: t('registry:import.phase.saving'),
                  })}
            </Text>
            <Progress
              size="lg"
              animated
              value={busy ? (uploaded ?? 0) : (serverPct ?? 100)}
              aria-label={t('registry:import.step.importing')}
            />
            {final && final.totalRows !== null && (
              <Text size="sm" c="dimmed">
                {t('registry:import.rows_done', {
                  done: formatNumber(final.processedRows, locale),
                  total: formatNumber(final.totalRows, locale),
                })}
              </Text>
            )}
            <Text size="xs" c="dimmed">
              {t('registry:import.keep_open')}
            </Text>
          </Stack>
        </Card>
      )}
      {step === 3 && final && (
        <Suspense fallback={<LoadingState />}>
          <ResultStep report={final} onAgain={reset} />
        </Suspense>
      )}
    </>
  );
}
