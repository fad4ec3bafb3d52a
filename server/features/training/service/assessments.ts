import ExcelJS from 'exceljs';
import { normalizeCode, SCORE_MAX, SCORE_MIN, summarizeGain } from '#core/domain/training';
import { readNumberText } from '#core/number-text';
import type { ScoresBody } from '#core/schemas/training';
import { recordAudit } from '#server/lib/audit';
import type { ServiceContext } from '#server/lib/context';
import { AppError, fieldError, forbidden } from '#server/lib/errors';
import { canScore, registrationScope } from '../policy';
import * as q from '../queries/outcomes';
import { loadViewableEvent, requireActor } from './access';

export async function getAssessments(ctx: ServiceContext, eventId: string) {
  const event = await loadViewableEvent(ctx, eventId);
  const scope = registrationScope(ctx.actor, event);
  if (!scope?.all) throw forbidden();
  const rows = await q.scoresOfEvent(ctx.db, eventId);
  return {
    items: rows.map((r) => ({
      registrationId: r.registrationId,
      code: r.code,
      name: r.name,
      pre: r.pre,
      post: r.post,
      gain: r.pre !== null && r.post !== null ? r.post - r.pre : null,
    })),
    summary: summarizeGain(rows.map((r) => ({ pre: r.pre, post: r.post }))),
  };
}

/** Saves scores for registered participants of the event; one unknown participant refuses all. */
export async function saveAssessments(ctx: ServiceContext, eventId: string, input: ScoresBody) {
  const actor = requireActor(ctx);
  const event = await loadViewableEvent(ctx, eventId);
  if (!canScore(actor, event)) throw forbidden();
  const registered = new Set((await q.scoresOfEvent(ctx.db, eventId)).map((r) => r.registrationId));
  for (const [i, item] of input.items.entries())
    if (!registered.has(item.registrationId))
      throw fieldError(`items.${i}.registrationId`, 'training:errors.notAParticipant');
  await ctx.db.transaction(async (tx) => {
    await q.upsertScores(tx, eventId, input.items, actor.id);
    await recordAudit(tx, ctx, {
      action: 'training.scores_save',
      entityType: 'training_event',
      entityId: eventId,
      after: { count: input.items.length },
    });
  });
  return getAssessments(ctx, eventId);
}

const HEADERS = {
  code: /^(kode|code|kode peserta|registration code)$/i,
  pre: /^(pre|pre[- ]?test|nilai pre[- ]?test|skor awal)$/i,
  post: /^(post|post[- ]?test|nilai post[- ]?test|skor akhir)$/i,
};

function cellValue(value: ExcelJS.CellValue): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'object' && 'result' in value) return cellValue(value.result as ExcelJS.CellValue);
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((t) => t.text).join('');
  return String(value);
}

/** A score cell: blank is none; anything not read in full is refused (not half-read). */
export function score(value: string | number | null, path: string): number | null {
  if (value === null || (typeof value === 'string' && value.trim() === '')) return null;
  // The core reader: "87,5" and "87.5" are read, "1e2" or "8/10" are refused, never half-read.
  const read = typeof value === 'number' ? null : readNumberText(value, { kind: 'decimal' });
  const n = typeof value === 'number' ? value : read?.ok ? read.value : Number.NaN;
  if (!Number.isFinite(n) || n < SCORE_MIN || n > SCORE_MAX)
    throw fieldError(path, 'training:fields.score', { min: SCORE_MIN, max: SCORE_MAX });
  return n;
}

/** Pre/post scores from the first sheet of an XLSX with columns Kode, Pre, Post (any order). */
export async function importAssessments(ctx: ServiceContext, eventId: string, file: Buffer) {
  const actor = requireActor(ctx);
  const event = await loadViewableEvent(ctx, eventId);
  if (!canScore(actor, event)) throw forbidden();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    throw new AppError('bad_request', 'training:errors.notXlsx');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new AppError('bad_request', 'training:errors.notXlsx');
  const header = sheet.getRow(1);
  const columns: Partial<Record<keyof typeof HEADERS, number>> = {};
  header.eachCell((cell, col) => {
    const text = String(cellValue(cell.value) ?? '').trim();
    for (const [key, pattern] of Object.entries(HEADERS))
      if (pattern.test(text)) columns[key as keyof typeof HEADERS] ??= col;
  });
  if (!columns.code || (!columns.pre && !columns.post))
    throw new AppError('bad_request', 'training:errors.scoreColumns');
  const byCode = new Map((await q.scoresOfEvent(ctx.db, eventId)).map((r) => [r.code, r.registrationId]));
  const items: { registrationId: string; pre?: number | null; post?: number | null }[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const rawCode = cellValue(row.getCell(columns.code).value);
    if (rawCode === null || String(rawCode).trim() === '') continue;
    const registrationId = byCode.get(normalizeCode(String(rawCode)));
    if (!registrationId) throw fieldError(`rows.${r}.code`, 'training:errors.unknownCode');
    items.push({
      registrationId,
      ...(columns.pre ? { pre: score(cellValue(row.getCell(columns.pre).value), `rows.${r}.pre`) } : {}),
      ...(columns.post ? { post: score(cellValue(row.getCell(columns.post).value), `rows.${r}.post`) } : {}),
    });
  }
  if (items.length === 0) throw new AppError('bad_request', 'training:errors.noScoreRows');
  const result = await saveAssessments(ctx, eventId, { items });
  return { ...result, updated: items.length };
}
