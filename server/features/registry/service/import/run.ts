import type { ColumnMapping } from '#core/schemas/registry';
import { BULK_BATCH } from '#server/db/bulk';
import type { Queryable } from '#server/db/client';
import type { ImportIssueRecord } from '#server/db/schema';
import { canReadOwner, type OwnerScope } from '#server/features/registry/policy';
import { loadDetails } from '#server/features/registry/queries/import-lookups';
import { lockImports } from '#server/features/registry/queries/imports';
import { recordAudit } from '#server/lib/audit';
import type { ServiceContext } from '#server/lib/context';
import { AppError } from '#server/lib/errors';
import { translate } from '#server/lib/i18n';
import { piiFor } from '#server/lib/pii';
import { type Collected, collectRows, storeCells } from './collect';
import {
  businessesByName,
  businessesByNib,
  businessesByNpwp,
  type LightBusiness,
  ownersByHash,
} from './existing';
import { headerOverrides } from './headers';
import { Matcher } from './match';
import { importKey, type RegionIndex } from './parse/context';
import { planImport } from './plan';
import { OwnerBook } from './plan-owner';
import type { Plan } from './plan-types';
import type { Progress } from './progress';
import { type FileKind, pickRows } from './read';
import type { Counts, ImportRecord } from './types';
import { writePlan } from './write';

export type RunInput = {
  importId: string;
  path: string;
  kind: FileKind;
  fileName: string;
  dryRun: boolean;
  dataYear: number | null;
  turnoverPeriod: 'month' | 'year' | null;
  /** The uploader's column choices (mapping step), by header. */
  mapping?: ColumnMapping;
};

export type RunResult = Counts & {
  errors: ImportIssueRecord[];
  warnings: ImportIssueRecord[];
  unrecognizedColumns: string[];
  columns: Collected['columns'];
  rejects: Collected['rejects'];
  dataYear: number;
};

export const MAX_ROWS = 50_000;

/** Reading a file may take this long; a file still not read by then is refused, not waited for. */
export const READ_BUDGET_MINUTES = 5;

class DryRunRollback extends Error {}

const unique = <T>(items: (T | null | undefined)[]) => [...new Set(items.filter((i): i is T => i != null))];

/** Loads the existing businesses and owners the file's rows could be about. */
async function prepareMatching(tx: Queryable, records: ImportRecord[]) {
  const matcher = new Matcher();
  const book = new OwnerBook();
  for (const b of await businessesByNib(tx, unique(records.map((r) => r.business.nib))))
    matcher.addExisting(b);
  for (const b of await businessesByNpwp(tx, unique(records.map((r) => r.business.npwp))))
    matcher.addExisting(b);
  const byHash = await ownersByHash(tx, unique(records.map((r) => r.owner?.nikHash)));
  for (const o of byHash.owners) book.addExisting(o);
  const hashOf = new Map(byHash.owners.map((o) => [o.id, o.nikHash as string]));
  for (const l of byHash.links) matcher.addExisting(l.business, [hashOf.get(l.ownerId) as string]);
  const keys = new Set(records.map((r) => r.business.nameKey));
  const districts = unique(records.map((r) => r.business.districtCode));
  for (const b of await businessesByName(tx, districts, keys)) matcher.addExisting(b);
  return { matcher, book, byHash };
}

/** Rows about an existing business outside an officer's kecamatan are refused, not merged. */
type LateReject = { record: ImportRecord; issue: ImportIssueRecord };

function outOfScope(matcher: Matcher, scope: string[] | null): LateReject[] {
  const refused: { record: ImportRecord; business: LightBusiness }[] = [];
  if (!scope) return [];
  for (const t of matcher.targets) {
    if (!t.existing || scope.includes(t.existing.districtCode)) continue;
    for (const record of t.records) refused.push({ record, business: t.existing });
    t.records = [];
  }
  return refused.map(({ record }) => ({
    record,
    // Which kecamatan would tell the officer where the business is: the office knows.
    issue: { row: record.row, sheet: record.sheet, column: null, key: importKey('row.existingOutsideScope') },
  }));
}

/**
 * Rows naming, by NIK, a person the actor may not see through the API (an officer, for a
 * person whose businesses all lie outside their kecamatan) are refused: linking them would
 * hand the officer that person (the API refuses the same link). Nothing about the person is said.
 */
function ownersOutOfScope(
  matcher: Matcher,
  actor: ServiceContext['actor'],
  byHash: Awaited<ReturnType<typeof ownersByHash>>,
): LateReject[] {
  if (!actor || actor.role === 'admin') return [];
  const scopes = new Map<string, OwnerScope>();
  for (const o of byHash.owners) {
    if (!o.nikHash || o.erasedAt) continue;
    const districtCodes = byHash.links.filter((l) => l.ownerId === o.id).map((l) => l.business.districtCode);
    scopes.set(o.nikHash, { userId: o.userId, districtCodes });
  }
  const refused: LateReject[] = [];
  for (const t of matcher.targets) {
    t.records = t.records.filter((record) => {
      const scope = record.owner?.nikHash ? scopes.get(record.owner.nikHash) : undefined;
      if (!scope || canReadOwner(actor, scope)) return true;
      refused.push({
        record,
        issue: {
          row: record.row,
          sheet: record.sheet,
          column: 'nik',
          key: importKey('row.ownerOutsideScope'),
        },
      });
      return false;
    });
  }
  return refused;
}

function countPlan(plan: Plan): Omit<Counts, 'total' | 'rejected'> {
  const c = { created: 0, updated: 0, duplicates: 0 };
  for (const outcome of plan.outcomes.values()) c[outcome]++;
  return c;
}

/**
 * The import after the upload is on disk: read and parse (no transaction), then match, plan
 * and write inside ONE transaction, so a failure anywhere leaves nothing half-imported. A dry
 * run does exactly the same and rolls back, so its counts are the real run's counts.
 */
export async function runImport(
  ctx: ServiceContext,
  input: RunInput,
  regions: RegionIndex,
  progress: Progress,
): Promise<RunResult> {
  const pii = piiFor(ctx.config.secrets.encryptionKey);
  const scope = ctx.actor?.role === 'officer' ? ctx.actor.kecamatanCodes : null;
  const deadline = Date.now() + READ_BUDGET_MINUTES * 60_000;
  const collected = await collectRows(input.path, input.kind, {
    regions,
    dataYear: input.dataYear,
    turnoverPeriod: input.turnoverPeriod,
    scope,
    hashNik: pii.hashNik,
    referenceDate: new Date(),
    dataText: (key) => translate('id', key),
    maxRows: MAX_ROWS,
    overrides: headerOverrides(input.mapping),
    onRow: () => {
      progress.processedRows++;
      if (Date.now() > deadline)
        throw new AppError('import_failed', importKey('file.tooSlow'), {
          status: 422,
          params: { minutes: READ_BUDGET_MINUTES },
        });
    },
    onBytes: (bytes) => {
      progress.bytes = bytes;
    },
  });
  progress.totalRows = progress.processedRows;
  progress.phase = 'matching';
  const errors = [...collected.errors];
  const warnings = [...collected.warnings];
  let counts: Omit<Counts, 'total' | 'rejected'> = { created: 0, updated: 0, duplicates: 0 };
  let lateRejected: LateReject[] = [];
  try {
    await ctx.db.transaction(async (tx) => {
      await lockImports(tx);
      const { matcher, book, byHash } = await prepareMatching(tx, collected.records);
      for (const record of collected.records) matcher.assign(record);
      lateRejected = [...outOfScope(matcher, scope), ...ownersOutOfScope(matcher, ctx.actor, byHash)];
      const touched = matcher.targets.filter((t) => t.existing && t.records.length > 0).map((t) => t.id);
      const details = await loadDetails(tx, touched);
      for (const d of details.values()) for (const o of d.owners) book.addExisting(o, d.business.id);
      const plan = planImport(matcher.targets, details, book, {
        importId: input.importId,
        fileName: input.fileName,
        actorId: ctx.actor?.id ?? null,
        now: new Date(),
        encryptNik: pii.encryptNik,
        maskNik: pii.maskNik,
        regencyCode: regions.regencyCode,
      });
      counts = countPlan(plan);
      warnings.push(...plan.warnings);
      if (plan.consentPending > 0)
        warnings.push({
          row: null,
          column: null,
          key: importKey('file.consentPending'),
          params: { count: plan.consentPending },
        });
      progress.phase = 'saving';
      progress.batchesTotal = Math.max(
        1,
        [
          plan.newBusinesses,
          plan.newOwners,
          plan.links,
          plan.newSnapshots,
          plan.newCertifications,
          plan.audit,
        ]
          .map((rows) => Math.ceil(rows.length / BULK_BATCH))
          .reduce((a, b) => a + b, 0),
      );
      await writePlan(tx, ctx, plan, () => progress.batchesDone++);
      const rejected = collected.rejected + lateRejected.length;
      await recordAudit(tx, ctx, {
        action: 'business.import',
        entityType: 'import',
        entityId: input.importId,
        after: {
          fileName: input.fileName,
          total: collected.records.length + collected.rejected,
          ...counts,
          rejected,
        },
      });
      if (input.dryRun) throw new DryRunRollback();
    });
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error;
  }
  if (lateRejected.length > 0) await addLateRejects(input, collected, lateRejected);
  for (const { issue } of lateRejected) errors.push(issue);
  const rejected = collected.rejected + lateRejected.length;
  nameIssues([...errors, ...warnings], collected.records);
  return {
    total: collected.records.length + collected.rejected,
    ...counts,
    rejected,
    errors: sortIssues(errors, collected),
    warnings: sortIssues(warnings, collected),
    unrecognizedColumns: collected.unrecognizedColumns,
    columns: collected.columns,
    rejects: collected.rejects.filter((s) => s.rows.length > 0),
    dataYear: collected.dataYear,
  };
}

async function addLateRejects(input: RunInput, collected: Collected, late: LateReject[]) {
  const wanted = new Map<string, Set<number>>();
  for (const { record } of late)
    wanted.set(record.sheet, (wanted.get(record.sheet) ?? new Set()).add(record.row));
  const cells = await pickRows(input.path, input.kind, wanted);
  for (const { record } of late) {
    const sheet = collected.rejects.find((s) => s.name === record.sheet);
    const nik = collected.nikColumns.get(record.sheet);
    sheet?.rows.push({
      row: record.row,
      cells: storeCells(cells.get(`${record.sheet}!${record.row}`) ?? [], nik === undefined ? [] : [nik]),
    });
  }
  for (const sheet of collected.rejects) sheet.rows.sort((a, b) => a.row - b.row);
}

/** Remarks made while matching (repeats, scope) get the row's business name too. */
function nameIssues(issues: ImportIssueRecord[], records: ImportRecord[]) {
  const names = new Map(records.map((r) => [`${r.sheet}!${r.row}`, r.business.name]));
  for (const issue of issues) {
    if (issue.name || issue.row === null) continue;
    const name = names.get(`${issue.sheet ?? ''}!${issue.row}`);
    if (name) issue.name = name;
  }
}

function sortIssues(issues: ImportIssueRecord[], collected: Collected): ImportIssueRecord[] {
  const order = new Map(collected.rejects.map((s, i) => [s.name, i]));
  return issues
    .map((issue, i) => ({ issue, i }))
    .sort((a, b) => {
      const sheet = (order.get(a.issue.sheet ?? '') ?? -1) - (order.get(b.issue.sheet ?? '') ?? -1);
      return sheet || (a.issue.row ?? -1) - (b.issue.row ?? -1) || a.i - b.i;
    })
    .map((x) => x.issue);
}
