import { compactKey, spellingFold } from '#core/domain/registry';
import type { owners } from '#server/db/schema';
import type { ExistingOwner } from './existing';
import { nameSimilarity, SIMILAR_NAME } from './match';
import { importKey } from './parse/context';
import type { Plan, PlanContext } from './plan-types';
import type { ImportRecord, OwnerData } from './types';

type OwnerInsert = typeof owners.$inferInsert;
type OwnerState = { id: string; row: ExistingOwner | OwnerInsert; isNew: boolean; nameKey: string };

const FIELDS = ['gender', 'birthYear', 'birthDate', 'phone', 'email', 'education', 'address'] as const;

/** Everyone the import knows about: existing owners found by NIK or linked to touched businesses. */
export class OwnerBook {
  private byHash = new Map<string, OwnerState>();
  private byId = new Map<string, OwnerState>();
  private linked = new Map<string, Set<string>>();

  addExisting(owner: ExistingOwner, businessId?: string) {
    if (owner.erasedAt) return;
    const state = this.byId.get(owner.id) ?? {
      id: owner.id,
      row: owner,
      isNew: false,
      nameKey: spellingFold(compactKey(owner.name)),
    };
    this.byId.set(owner.id, state);
    if (owner.nikHash) this.byHash.set(owner.nikHash, state);
    if (businessId) this.link(businessId, owner.id);
  }

  link(businessId: string, ownerId: string) {
    const set = this.linked.get(businessId) ?? new Set();
    set.add(ownerId);
    this.linked.set(businessId, set);
  }

  isLinked(businessId: string, ownerId: string) {
    return this.linked.get(businessId)?.has(ownerId) ?? false;
  }

  hasOwners(businessId: string) {
    return (this.linked.get(businessId)?.size ?? 0) > 0;
  }

  /** By NIK; else, for a row without a NIK match, a same-named owner of this business. */
  find(businessId: string, o: OwnerData): OwnerState | null {
    if (o.nikHash) {
      const byNik = this.byHash.get(o.nikHash);
      if (byNik) return byNik;
    }
    for (const id of this.linked.get(businessId) ?? []) {
      const state = this.byId.get(id);
      const hash = state?.row.nikHash;
      if (state && state.nameKey === o.nameKey && (!hash || !o.nikHash)) return state;
    }
    return null;
  }

  add(state: OwnerState) {
    this.byId.set(state.id, state);
    if (state.row.nikHash) this.byHash.set(state.row.nikHash, state);
  }
}

function nikFields(o: OwnerData, ctx: PlanContext) {
  return o.nik ? { nikCipher: ctx.encryptNik(o.nik), nikHash: o.nikHash, nikMasked: ctx.maskNik(o.nik) } : {};
}

/**
 * Finds or creates the row's owner and links them to the business. Returns whether anything
 * changed. New persons get consent "to be confirmed": the notice version names the file and no
 * consent date is set, because the person did not give it to us themselves.
 */
export function planOwner(
  plan: Plan,
  book: OwnerBook,
  businessId: string,
  record: ImportRecord,
  current: boolean,
  ctx: PlanContext,
): boolean {
  const o = record.owner;
  if (!o) return false;
  let changed = false;
  let state = book.find(businessId, o);
  if (!state) {
    const insert: OwnerInsert = {
      id: crypto.randomUUID(),
      name: o.name,
      ...nikFields(o, ctx),
      ...Object.fromEntries(FIELDS.map((f) => [f, o[f]])),
      consentNoticeVersion: `import:${ctx.fileName}`.slice(0, 200),
      consentRecordedBy: ctx.actorId,
      source: 'import',
      createdAt: ctx.now,
      updatedAt: ctx.now,
    };
    plan.newOwners.push(insert);
    plan.consentPending++;
    state = { id: insert.id as string, row: insert, isNew: true, nameKey: o.nameKey };
    book.add(state);
    changed = true;
  } else {
    if (
      o.nikHash &&
      state.row.nikHash === o.nikHash &&
      nameSimilarity(state.nameKey, o.nameKey) < SIMILAR_NAME
    ) {
      plan.warnings.push({
        row: record.row,
        sheet: record.sheet,
        column: null,
        key: importKey('row.nikOtherName'),
      });
    }
    const set: Partial<OwnerInsert> = {};
    const assign = set as Record<string, unknown>;
    const row = state.row as Record<string, unknown>;
    for (const f of FIELDS) {
      const value = o[f];
      if (value === null || value === row[f]) continue;
      if (row[f] === null || row[f] === undefined || current) assign[f] = value;
    }
    if (o.nik && !state.row.nikHash) Object.assign(set, nikFields(o, ctx));
    if (Object.keys(set).length > 0) {
      Object.assign(state.row, set);
      if (state.row.nikHash) book.add(state);
      // A person created earlier in this import is still an insert: amend it in place.
      if (!state.isNew) plan.ownerUpdates.push({ id: state.id, set: { ...set, updatedAt: ctx.now } });
      changed = true;
    }
  }
  if (!book.isLinked(businessId, state.id)) {
    plan.links.push({ businessId, ownerId: state.id, isPrimary: !book.hasOwners(businessId) });
    book.link(businessId, state.id);
    changed = true;
  }
  return changed;
}
