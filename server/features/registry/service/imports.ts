import { rm } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Locale } from '#core/i18n/locales';
import type { ImportOptions } from '#core/schemas/registry';
import type { ServiceContext } from '#server/lib/context';
import { AppError, notFound } from '#server/lib/errors';
import { type StoredUpload, storeUpload as storeFile } from '#server/lib/uploads';
import { canImport, canReadImport } from '../policy';
import { presentImport, presentSummary } from '../present/imports';
import {
  failSilentImports,
  findImport,
  insertImport,
  listImportRows,
  updateImport,
} from '../queries/imports';
import { loadRegionIndex } from './import/existing';
import { importKey } from './import/parse/context';
import { forgetProgress, STALE_MS, trackProgress } from './import/progress';
import { detectKind, inspectUpload } from './import/read';
import { rejectsFileName, rejectsWorkbook } from './import/rejects';
import { runImport } from './import/run';

export type { StoredUpload } from '#server/lib/uploads';

/** Writes the upload into the uploads folder while hashing it; the import then streams from disk. */
export function storeUpload(ctx: ServiceContext, source: NodeJS.ReadableStream, fileName: string) {
  return storeFile(ctx.config.UPLOAD_DIR, source, fileName || 'import');
}

type Failure = { key: string; params?: Record<string, string | number> };

function failureOf(error: unknown): Failure {
  if (error instanceof AppError && error.status < 500)
    return { key: error.message, params: error.params as Failure['params'] };
  return { key: importKey('failure.internal') };
}

/** What the import reads; .xls has its own message (save as .xlsx). */
const UPLOAD_EXTENSIONS = ['.xlsx', '.xlsm', '.csv', '.tsv', '.xls'];

const HEARTBEAT_MS = 2000;

/**
 * Starts an import of a stored upload. Without `async` the promise settles with the result;
 * with it the import runs on after the answer and is followed through GET /api/imports/:id.
 */
export async function startImport(
  ctx: ServiceContext,
  upload: StoredUpload,
  query: ImportOptions,
  locale: Locale,
) {
  if (!canImport(ctx.actor)) {
    await rm(upload.path, { force: true });
    throw new AppError('forbidden');
  }
  // A .txt, .pdf or .docx is refused by its name before its bytes are guessed at.
  const extension = extname(upload.fileName).toLowerCase();
  if (extension !== '' && !UPLOAD_EXTENSIONS.includes(extension)) {
    await rm(upload.path, { force: true });
    throw new AppError('unsupported_media_type', importKey('file.unsupportedType'), {
      params: { extension },
    });
  }
  const kind = await detectKind(upload.path);
  if (kind !== 'xlsx' && kind !== 'csv') {
    await rm(upload.path, { force: true });
    const key = kind === 'xls' ? 'file.xls' : 'file.unsupported';
    throw new AppError('unsupported_media_type', importKey(key));
  }
  // Bombs, megabyte cells, broken parts and too many rows are refused here, in one bounded
  // pass, before a reader or an imports row exists.
  try {
    await inspectUpload(upload.path, kind);
  } catch (error) {
    await rm(upload.path, { force: true });
    throw error;
  }
  const regions = await loadRegionIndex(ctx.db, ctx.config.HOME_REGION_CODE);
  if (regions.districts.length === 0) {
    await rm(upload.path, { force: true });
    throw new AppError('import_failed', importKey('file.noRegions'), { status: 503 });
  }
  const row = await insertImport(ctx.db, {
    fileName: upload.fileName,
    fileHash: upload.hash,
    fileSize: upload.size,
    dryRun: query.dryRun,
    status: 'running',
    options: {
      dataYear: query.dataYear ?? null,
      turnoverPeriod: query.turnoverPeriod ?? null,
      ...(query.mapping ? { mapping: query.mapping } : {}),
    },
    createdBy: ctx.actor?.id ?? null,
  });
  const progress = trackProgress(row.id, upload.size);
  // The heartbeat runs through every phase (a long save, or waiting for another import's
  // transaction, is not a dead process); one write at a time.
  let beating = false;
  const heartbeat = setInterval(() => {
    if (beating) return;
    beating = true;
    void updateImport(ctx.db, row.id, {
      ...(progress.phase === 'reading' ? { processedRows: progress.processedRows } : {}),
      heartbeatAt: new Date(),
    })
      .catch(() => {})
      .finally(() => {
        beating = false;
      });
  }, HEARTBEAT_MS);
  const job = (async () => {
    try {
      const result = await runImport(
        ctx,
        {
          importId: row.id,
          path: upload.path,
          kind,
          fileName: upload.fileName,
          dryRun: query.dryRun,
          dataYear: query.dataYear ?? null,
          turnoverPeriod: query.turnoverPeriod ?? null,
          mapping: query.mapping,
        },
        regions,
        progress,
      );
      clearInterval(heartbeat);
      await updateImport(ctx.db, row.id, {
        status: 'done',
        phase: 'done',
        processedRows: progress.processedRows,
        totalRows: progress.processedRows,
        dataYear: result.dataYear,
        total: result.total,
        created: result.created,
        updated: result.updated,
        duplicates: result.duplicates,
        rejected: result.rejected,
        errors: result.errors,
        warnings: result.warnings,
        unrecognizedColumns: result.unrecognizedColumns,
        columns: result.columns,
        rejects: { sheets: result.rejects },
        finishedAt: new Date(),
        heartbeatAt: new Date(),
      });
    } catch (error) {
      clearInterval(heartbeat);
      await updateImport(ctx.db, row.id, {
        status: 'failed',
        failure: JSON.stringify(failureOf(error)),
        finishedAt: new Date(),
      });
      throw error;
    } finally {
      forgetProgress(row.id);
      await rm(upload.path, { force: true });
    }
  })();
  if (query.async) {
    // The outcome is recorded on the imports row; nobody awaits this promise.
    job.catch(() => {});
    return { accepted: true as const, importId: row.id };
  }
  try {
    await job;
  } catch (error) {
    if (error instanceof AppError) throw error;
    // Keep the cause: the error handler logs 5xx errors with it.
    throw Object.assign(new AppError('import_failed', importKey('failure.internal'), { status: 500 }), {
      cause: error,
    });
  }
  return { accepted: false as const, result: await getImport(ctx, row.id, locale) };
}

/**
 * Records as failed the imports whose process died mid-run (no heartbeat for STALE_MS); run at
 * start and periodically. Their uploads are removed by the uploads sweep (by process id).
 */
export async function failInterruptedImports(ctx: Pick<ServiceContext, 'db'>): Promise<string[]> {
  return failSilentImports(ctx.db, STALE_MS, JSON.stringify({ key: 'registry-import:failure.interrupted' }));
}

export async function loadImport(ctx: ServiceContext, id: string) {
  const row = await findImport(ctx.db, id);
  if (!row) throw notFound();
  if (!canReadImport(ctx.actor, row)) throw notFound();
  return row;
}

export async function getImport(ctx: ServiceContext, id: string, locale: Locale) {
  return presentImport(await loadImport(ctx, id), locale);
}

export async function listImports(
  ctx: ServiceContext,
  query: { page: number; pageSize: number; dryRun?: 'true' | 'false' },
  locale: Locale,
) {
  if (!canImport(ctx.actor)) throw new AppError('forbidden');
  const filter = {
    ...(ctx.actor?.role === 'admin' ? {} : { createdBy: ctx.actor?.id ?? '' }),
    ...(query.dryRun ? { dryRun: query.dryRun === 'true' } : {}),
  };
  const { rows, total } = await listImportRows(ctx.db, filter, query.page, query.pageSize);
  return {
    items: rows.map((r) => presentSummary(r, locale)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** The rejected rows of an import as a workbook to correct and upload again. */
export async function importRejects(ctx: ServiceContext, id: string, locale: Locale) {
  const row = await loadImport(ctx, id);
  return { fileName: rejectsFileName(row.fileName, locale), workbook: rejectsWorkbook(row, locale) };
}
