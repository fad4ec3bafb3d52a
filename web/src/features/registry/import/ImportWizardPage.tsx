import { Alert, Button, Group, Stack, Stepper, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconColumnsOff } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '#core/format';
import type { ColumnMapping } from '#core/schemas/registry';
import { useDisabledReason } from '#web/components/DisabledReason';
import { PageHeader } from '#web/components/PageHeader';
import { LoadingState } from '#web/components/States';
import { currentLocale } from '#web/lib/i18n';
import { type ImportOptions, startImport, useImportProgress } from '../hooks/imports';
import { ColumnsPanel } from './ColumnsPanel';
import { Counts } from './Counts';
import { IssueTable } from './IssueTable';
import { rememberedMapping, rememberMapping } from './mapping';
import { ProgressCard } from './ProgressCard';
import type { ImportReport } from './types';
import { UploadStep } from './UploadStep';

const ResultStep = lazy(() => import('./ResultStep'));
const STEPS = ['upload', 'preview', 'importing', 'result'] as const;

type Job = { id: string; dryRun: boolean };

/** Upload → preview (dry run) → import with progress → result and the rejected rows. */
export default function ImportWizardPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const client = useQueryClient();
  const compact = useMediaQuery('(max-width: 36em)', false, { getInitialValueInEffect: false });
  const [step, setStep] = useState(0);
  const [file, setFile] = useState<File | null>(null);
  const [options, setOptions] = useState<ImportOptions>({});
  const [uploaded, setUploaded] = useState<number | null>(null);
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [job, setJob] = useState<Job | null>(null);
  const [preview, setPreview] = useState<ImportReport | null>(null);
  const [result, setResult] = useState<ImportReport | null>(null);
  // The mapping step: the choices the current check was made with, and whether they were
  // remembered from an earlier file with the same headers (tried once per file).
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [remembered, setRemembered] = useState(false);
  const [checks, setChecks] = useState(0);
  const triedRemembered = useRef(false);
  const followed = useImportProgress(job?.id ?? null);
  const running = uploading || (job !== null && followed.data?.status !== 'done');

  // A finished background run moves the wizard on; a failed one says why and stays.
  useEffect(() => {
    const report = followed.data;
    if (!job || !report || report.status === 'running') return;
    setJob(null);
    if (report.status === 'failed') {
      setError(report.failure ?? t('registry-import:wizard.failed'));
      setStep(job.dryRun ? 0 : 1);
    } else if (job.dryRun) {
      const saved =
        !triedRemembered.current && Object.keys(mapping).length === 0
          ? rememberedMapping(report.columns)
          : {};
      triedRemembered.current = true;
      if (Object.keys(saved).length > 0) {
        // Same headers as a file mapped before: check again with those choices.
        setMapping(saved);
        setRemembered(true);
        void runRef.current(true, saved);
        return;
      }
      setPreview(report);
      setChecks((n) => n + 1);
      setStep(1);
    } else {
      setResult(report);
      void client.invalidateQueries({ queryKey: ['businesses'] });
      setStep(3);
    }
  }, [followed.data, job, client, t, mapping]);

  useEffect(() => {
    if (followed.error && job) {
      setError(followed.error.message);
      setJob(null);
    }
  }, [followed.error, job]);

  const run = async (dryRun: boolean, choices: ColumnMapping = mapping) => {
    if (!file) return;
    setUploading(true);
    setError(null);
    setUploaded(0);
    if (!dryRun) setStep(2);
    try {
      const answer = await startImport(file, dryRun, { ...options, mapping: choices }, (p) =>
        setUploaded(Math.round((p.loaded / p.total) * 100)),
      );
      setJob({ id: answer.importId, dryRun });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      if (!dryRun) setStep(1);
    } finally {
      setUploading(false);
    }
  };

  const runRef = useRef(run);
  runRef.current = run;

  const chooseFile = (next: File | null) => {
    setFile(next);
    setMapping({});
    setRemembered(false);
    triedRemembered.current = false;
  };

  const applyMapping = (choices: ColumnMapping) => {
    if (preview) rememberMapping(preview.columns, choices);
    setMapping(choices);
    setRemembered(false);
    void run(true, choices);
  };

  const reset = () => {
    setStep(0);
    chooseFile(null);
    setPreview(null);
    setResult(null);
    setError(null);
  };
  const importable = preview ? preview.created + preview.updated : 0;
  const progress = job ? followed.data : undefined;
  // While the file is checked again with new column choices, the counts on screen are the old
  // ones: importing waits, and says so (a disabled action always gives its reason).
  const confirmWhy = useDisabledReason(running && t('registry-import:wizard.rechecking_why'));

  return (
    <>
      <PageHeader
        title={t('registry-import:wizard.title')}
        description={t('registry-import:wizard.description')}
      />
      <Stepper active={step} size="sm" mb={compact ? 'xs' : 'lg'} allowNextStepsSelect={false}>
        {STEPS.map((s) => (
          <Stepper.Step key={s} label={compact ? undefined : t(`registry-import:wizard.step.${s}`)} />
        ))}
      </Stepper>
      {compact && (
        <Text fw={600} mb="sm">
          {t(`registry-import:wizard.step.${STEPS[step]}`)}
        </Text>
      )}
      {step === 0 && (
        <Stack>
          <UploadStep
            file={file}
            onFile={chooseFile}
            options={options}
            onOptions={setOptions}
            onCheck={() => void run(true)}
            checking={running}
            error={error}
          />
          {running && <ProgressCard uploaded={uploaded} report={progress} />}
        </Stack>
      )}
      {step === 1 && preview && (
        <Stack data-testid="import-preview">
          <Text size="sm">{t('registry-import:wizard.preview_intro', { file: preview.fileName })}</Text>
          <Counts report={preview} preview />
          {preview.unrecognizedColumns.length > 0 && (
            <Alert
              color="yellow"
              icon={<IconColumnsOff size={18} />}
              title={t('registry-import:wizard.unrecognized_title')}
            >
              {t('registry-import:wizard.unrecognized_body', {
                columns: preview.unrecognizedColumns.join(', '),
              })}
            </Alert>
          )}
          <ColumnsPanel
            key={checks}
            columns={preview.columns}
            mapping={mapping}
            remembered={remembered}
            notes={preview.warnings}
            onApply={applyMapping}
            applying={running}
          />
          <IssueTable errors={preview.errors} warnings={preview.warnings} />
          {importable === 0 && (
            <Alert color="blue" id="import-nothing">
              {t('registry-import:wizard.nothing_to_import')}
            </Alert>
          )}
          {error && <Alert color="red">{error}</Alert>}
          {running && <ProgressCard uploaded={uploaded} report={progress} />}
          <Group justify="space-between">
            <Button variant="default" onClick={reset}>
              {t('registry-import:wizard.other_file')}
            </Button>
            <Button
              onClick={() => void run(false)}
              disabled={importable === 0 || confirmWhy.disabled}
              aria-describedby={confirmWhy.describedBy ?? (importable === 0 ? 'import-nothing' : undefined)}
              data-testid="import-confirm"
            >
              {t('registry-import:wizard.confirm', {
                count: importable,
                formatted: formatNumber(importable, locale),
              })}
            </Button>
          </Group>
          {confirmWhy.note}
        </Stack>
      )}
      {step === 2 && <ProgressCard uploaded={uploaded} report={progress} />}
      {step === 3 && result && (
        <Suspense fallback={<LoadingState />}>
          <ResultStep report={result} onAgain={reset} />
        </Suspense>
      )}
    </>
  );
}
