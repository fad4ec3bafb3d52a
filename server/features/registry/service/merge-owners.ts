import { foldText } from '#core/domain/registry';
import type { Queryable } from '#server/db/client';
import { recordAudit } from '#server/lib/audit';
import type { ServiceContext } from '#server/lib/context';
import type { OwnerRow } from '../queries/businesses';
import { insertLinks, linksOfBusiness, linksOfOwner, setPrimaryOwner } from '../queries/owner-links';
import { deleteOwnerRow, findOwnersByIds, updateOwnerRow } from '../queries/owners';
import { ownerAuditView } from './owner-records';

/*
 * After a business merge the survivor may list one person twice: the same person typed in by
 * two offices. NIKs are unique per person (owners_nik_hash_key), so two records of one person
 * differ in that at most one has a NIK. They are merged when the names match and nothing
 * contradicts (two different NIKs, birth years or accounts mean two people).
 */

const personKey = (name: string) =>
  foldText(name)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

function samePerson(a: OwnerRow, b: OwnerRow): boolean {
  if (a.erasedAt || b.erasedAt) return false;
  if (personKey(a.name) !== personKey(b.name)) return false;
  if (a.nikHash && b.nikHash && a.nikHash !== b.nikHash) return false;
  if (a.birthYear && b.birthYear && a.birthYear !== b.birthYear) return false;
  if (a.userId && b.userId && a.userId !== b.userId) return false;
  return true;
}

const PERSONAL = [
  'gender',
  'birthYear',
  'birthDate',
  'phone',
  'email',
  'education',
  'address',
  'userId',
] as const;

async function mergePair(
  tx: Queryable,
  ctx: ServiceContext,
  keep: OwnerRow,
  drop: OwnerRow,
): Promise<OwnerRow> {
  const fill: Partial<OwnerRow> = {};
  for (const key of PERSONAL)
    if (keep[key] === null && drop[key] !== null) Object.assign(fill, { [key]: drop[key] });
  if (!keep.nikHash && drop.nikHash)
    Object.assign(fill, { nikCipher: drop.nikCipher, nikHash: drop.nikHash, nikMasked: drop.nikMasked });
  if (!keep.consentAt && drop.consentAt)
    Object.assign(fill, {
      consentAt: drop.consentAt,
      consentNoticeVersion: drop.consentNoticeVersion,
      consentRecordedBy: drop.consentRecordedBy,
    });
  const dropLinks = await linksOfOwner(tx, drop.id);
  const keepLinks = await linksOfOwner(tx, keep.id);
  const keepBusinesses = new Set(keepLinks.map((l) => l.businessId));
  // Deleting the dropped person first frees its NIK hash for the kept one (unique index).
  await deleteOwnerRow(tx, drop.id);
  const moving = dropLinks.filter((l) => !keepBusinesses.has(l.businessId));
  await insertLinks(
    tx,
    moving.map((l) => ({ ...l, ownerId: keep.id })),
  );
  for (const l of dropLinks.filter((d) => d.isPrimary && keepBusinesses.has(d.businessId)))
    await setPrimaryOwner(tx, l.businessId, keep.id);
  const after = await updateOwnerRow(tx, keep.id, fill);
  await recordAudit(tx, ctx, {
    action: 'owner.merge',
    entityType: 'owner',
    entityId: keep.id,
    before: { kept: ownerAuditView(keep), mergedOwnerId: drop.id, merged: ownerAuditView(drop) },
    after: ownerAuditView(after),
  });
  return after;
}

/** Merges duplicate people among a business's owners; returns how many records were folded in. */
export async function mergeSamePeople(
  tx: Queryable,
  ctx: ServiceContext,
  businessId: string,
): Promise<number> {
  const links = await linksOfBusiness(tx, businessId);
  if (links.length < 2) return 0;
  const people = await findOwnersByIds(
    tx,
    links.map((l) => l.ownerId),
  );
  // Keep the record with a NIK, else the older one.
  people.sort(
    (a, b) => Number(!!b.nikHash) - Number(!!a.nikHash) || a.createdAt.getTime() - b.createdAt.getTime(),
  );
  const gone = new Set<string>();
  let merged = 0;
  for (const first of people) {
    if (gone.has(first.id)) continue;
    let keep = first;
    for (const drop of people) {
      if (drop.id === keep.id || gone.has(drop.id) || !samePerson(keep, drop)) continue;
      keep = await mergePair(tx, ctx, keep, drop);
      gone.add(drop.id);
      merged += 1;
    }
  }
  return merged;
}
