import {
  DEFAULT_FORM_TITLE,
  DEFAULT_QUESTIONS,
  type Question,
  validateFormDefinition,
} from '#core/domain/monitoring';
import type { CreateFormVersionBody, VisitForm } from '#core/schemas/monitoring';
import type { Database } from '#server/db/client';
import { recordAudit } from '#server/lib/audit';
import type { ServiceContext } from '#server/lib/context';
import { AppError, forbidden, notFound } from '#server/lib/errors';
import { canEditForms, canReadForms } from '../policy';
import { presentForm } from '../present';
import {
  allForms,
  currentForm,
  type FormRow,
  formByVersion,
  insertFirstForm,
  insertNextForm,
} from '../queries/forms';

// A saved version never changes: kept in memory per database after its first read.
const versions = new WeakMap<object, Map<number, FormRow>>();

/** One form version (cached; versions are immutable). */
export async function formVersionOf(
  ctx: Pick<ServiceContext, 'db'>,
  version: number,
): Promise<FormRow | undefined> {
  let cache = versions.get(ctx.db);
  if (!cache) {
    cache = new Map();
    versions.set(ctx.db, cache);
  }
  const hit = cache.get(version);
  if (hit) return hit;
  const row = await formByVersion(ctx.db, version);
  if (row) cache.set(version, row);
  return row;
}

/** Loads the default form as version 1 into a fresh database (idempotent). */
export async function formsSeeder(database: Database) {
  await insertFirstForm(database.db, DEFAULT_FORM_TITLE, DEFAULT_QUESTIONS);
}

async function newest(ctx: ServiceContext) {
  const row = await currentForm(ctx.db);
  if (!row) throw notFound();
  return row;
}

export async function getCurrentForm(ctx: ServiceContext): Promise<VisitForm> {
  if (!canReadForms(ctx.actor)) throw forbidden();
  const row = await newest(ctx);
  return presentForm(row, row.version);
}

export async function getFormVersion(ctx: ServiceContext, version: number): Promise<VisitForm> {
  if (!canReadForms(ctx.actor)) throw forbidden();
  const [row, latest] = [await formByVersion(ctx.db, version), await newest(ctx)];
  if (!row) throw notFound();
  return presentForm(row, latest.version);
}

export async function listFormVersions(ctx: ServiceContext) {
  if (!canReadForms(ctx.actor)) throw forbidden();
  const rows = await allForms(ctx.db);
  const latest = rows[0]?.version ?? 0;
  return { items: rows.map((r) => ({ ...presentForm(r, latest), questions: undefined })) };
}

/** Saves an edited form as the next version; visits already made keep theirs. */
export async function createFormVersion(
  ctx: ServiceContext,
  body: CreateFormVersionBody,
): Promise<VisitForm> {
  if (!canEditForms(ctx.actor)) throw forbidden();
  const questions = body.questions as Question[];
  const issues = validateFormDefinition(questions);
  if (issues.length > 0) {
    throw new AppError('validation_failed', 'errors:codes.validation_failed', {
      details: {
        fields: issues.map((i) => ({ path: i.path, code: 'custom', message: i.message, params: i.params })),
      },
    });
  }
  return ctx.db.transaction(async (tx) => {
    const id = await insertNextForm(tx, {
      basedOn: body.basedOnVersion,
      title: body.title,
      questions,
      createdBy: ctx.actor?.id ?? null,
    });
    if (!id) {
      const latest = await currentForm(tx);
      throw new AppError('conflict', 'monitoring:form.newerVersion', {
        details: { currentVersion: latest?.version ?? 0 },
      });
    }
    const row = await formByVersion(tx, body.basedOnVersion + 1);
    if (!row) throw notFound();
    await recordAudit(tx, ctx, {
      action: 'monitoring.form_version',
      entityType: 'visit_form',
      entityId: row.id,
      after: { version: row.version, questions: questions.map((q) => q.key) },
    });
    return presentForm(row, row.version);
  });
}
