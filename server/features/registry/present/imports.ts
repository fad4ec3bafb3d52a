import type { Locale } from '#core/i18n/locales';
import type { ImportColumn, ImportIssue, ImportResult, ImportSummary } from '#core/schemas/registry';
import type { ImportIssueRecord, imports } from '#server/db/schema';
import { toIso } from '#server/lib/http';
import { translate } from '#server/lib/i18n';
import { fraction, liveProgress, STALE_MS } from '../service/import/progress';

type ImportRow = typeof imports.$inferSelect;

export function issueMessage(locale: Locale, issue: Pick<ImportIssueRecord, 'key' | 'params'>): string {
  const params = issue.params ?? {};
  const text = translate(locale, issue.key, params);
  return params.dropped ? `${text} ${translate(locale, 'registry-import:dropped')}` : text;
}

export function presentIssue(locale: Locale, issue: ImportIssueRecord, multiSheet: boolean): ImportIssue {
  return {
    row: issue.row,
    ...(multiSheet && issue.sheet ? { sheet: issue.sheet } : {}),
    column: issue.column,
    message: issueMessage(locale, issue),
    code: issue.key,
    ...(issue.name ? { name: issue.name } : {}),
  };
}

export function parseFailure(
  failure: string | null,
): { key: string; params?: Record<string, string | number> } | null {
  if (!failure) return null;
  try {
    return JSON.parse(failure);
  } catch {
    return { key: failure };
  }
}

function base(row: ImportRow, locale: Locale) {
  const live = row.status === 'running' ? liveProgress(row.id) : undefined;
  // A running import whose process stopped (restart, crash) stops getting heartbeats.
  const interrupted = row.status === 'running' && !live && Date.now() - row.heartbeatAt.getTime() > STALE_MS;
  const status = interrupted ? 'failed' : row.status;
  const phase = (live?.phase ?? (row.status === 'running' ? row.phase : 'done')) as ImportResult['phase'];
  const failure = interrupted ? { key: 'registry-import:failure.interrupted' } : parseFailure(row.failure);
  return {
    importId: row.id,
    fileName: row.fileName,
    dryRun: row.dryRun,
    status,
    phase: status === 'running' ? phase : 'done',
    processedRows: live?.processedRows ?? row.processedRows,
    totalRows: live?.totalRows ?? row.totalRows,
    progress:
      status === 'running'
        ? fraction(live ?? { phase, bytes: 0, fileSize: row.fileSize, batchesDone: 0, batchesTotal: 0 })
        : 1,
    dataYear: row.dataYear,
    total: row.total,
    created: row.created,
    updated: row.updated,
    duplicates: row.duplicates,
    rejected: row.rejected,
    failure: failure ? issueMessage(locale, failure) : null,
    rejectsUrl: row.rejected > 0 && row.status === 'done' ? `/api/imports/${row.id}/rejects.xlsx` : null,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    finishedAt: toIso(row.finishedAt),
  } satisfies Omit<ImportSummary, 'errorCount' | 'warningCount'>;
}

export function presentImport(row: ImportRow, locale: Locale): ImportResult {
  const multiSheet =
    (row.rejects?.sheets.length ?? 0) > 1 ||
    new Set(row.warnings.map((w) => w.sheet).filter(Boolean)).size > 1;
  return {
    ...base(row, locale),
    errors: row.errors.map((e) => presentIssue(locale, e, multiSheet)),
    warnings: row.warnings.map((w) => presentIssue(locale, w, multiSheet)),
    unrecognizedColumns: row.unrecognizedColumns,
    columns: row.columns.map((c) => ({
      ...c,
      field: c.field as ImportColumn['field'],
      status: c.status as ImportColumn['status'],
    })),
  };
}

export function presentSummary(row: ImportRow, locale: Locale): ImportSummary {
  return { ...base(row, locale), errorCount: row.errors.length, warningCount: row.warnings.length };
}
