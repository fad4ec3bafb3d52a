import type { Queryable } from '#server/db/client';
import { businesses } from '#server/db/schema';
import { recordAudit } from '#server/lib/audit';
import type { ServiceContext } from '#server/lib/context';
import { fieldError } from '#server/lib/errors';
import { piiFor } from '#server/lib/pii';
import {
  districtsOfRegency,
  findLiveBusinessByNib,
  findOwnerByNikHash,
  findOwnerByPhone,
  firstBusinessOfOwner,
  linkOwnerToBusiness,
  liveOwnersOfBusiness,
} from '../queries/participants';
import { findRegion } from '../queries/regions';
import { regencyOf } from './access';
import { insertOwner } from './owner-records';

/*
 * A person arriving from another feature (a training registration, possibly from the public
 * page without an account): matched to the register by NIB, NIK or phone, or entered into it
 * by the register's own rules — consent recorded with the notice version, NIK stored only
 * encrypted, the kecamatan checked against the region data, every new record audited.
 */

export type ParticipantInput = {
  name: string;
  phone: string;
  email?: string;
  nib?: string;
  nik?: string;
  businessName?: string;
  districtCode?: string;
  noticeVersion: string;
  /** Where the record came from, e.g. `training`. */
  source: string;
  sourceDetail?: string;
};

export type Participant = {
  ownerId: string;
  businessId: string | null;
  businessName: string | null;
  districtCode: string | null;
  matchedBy: 'nib' | 'nik' | 'phone' | null;
};

async function checkDistrict(tx: Queryable, code: string) {
  const region = await findRegion(tx, code);
  if (region?.level !== 'district')
    throw fieldError('districtCode', 'registry-api:errors.districtNotFound', { code });
}

async function matchOwner(tx: Queryable, ctx: ServiceContext, input: ParticipantInput) {
  if (input.nib) {
    const business = await findLiveBusinessByNib(tx, input.nib);
    if (business) {
      const [owner] = await liveOwnersOfBusiness(tx, business.id);
      return { ownerId: owner?.id ?? null, business, matchedBy: 'nib' as const };
    }
  }
  if (input.nik) {
    const owner = await findOwnerByNikHash(tx, piiFor(ctx.config.secrets.encryptionKey).hashNik(input.nik));
    if (owner) return { ownerId: owner.id, business: null, matchedBy: 'nik' as const };
  }
  const owner = await findOwnerByPhone(tx, input.phone);
  if (owner) return { ownerId: owner.id, business: null, matchedBy: 'phone' as const };
  return { ownerId: null, business: null, matchedBy: null };
}

async function insertBusiness(tx: Queryable, ctx: ServiceContext, input: ParticipantInput, ownerId: string) {
  const districtCode = input.districtCode!;
  const [row] = await tx
    .insert(businesses)
    .values({
      name: input.businessName!,
      nib: input.nib ?? null,
      districtCode,
      regencyCode: regencyOf(districtCode),
      source: input.source,
      sourceDetail: input.sourceDetail ?? null,
      createdBy: ctx.actor?.id ?? null,
    })
    .returning({ id: businesses.id, name: businesses.name, districtCode: businesses.districtCode });
  await linkOwnerToBusiness(tx, row.id, ownerId, true);
  await recordAudit(tx, ctx, {
    action: 'business.create',
    entityType: 'business',
    entityId: row.id,
    after: {
      name: row.name,
      nib: input.nib ?? null,
      districtCode,
      source: input.source,
      ownerIds: [ownerId],
    },
  });
  return row;
}

/** Finds or enters the person (and their business) inside the caller's transaction. */
export async function findOrCreateParticipant(
  tx: Queryable,
  ctx: ServiceContext,
  input: ParticipantInput,
): Promise<Participant> {
  if (input.districtCode) await checkDistrict(tx, input.districtCode);
  const match = await matchOwner(tx, ctx, input);
  let ownerId = match.ownerId;
  if (!ownerId) {
    const created = await insertOwner(
      tx,
      ctx,
      {
        name: input.name,
        phone: input.phone,
        ...(input.email ? { email: input.email } : {}),
        ...(input.nik && match.matchedBy !== 'nib' ? { nik: input.nik } : {}),
        consent: { noticeVersion: input.noticeVersion },
      },
      'participant',
      input.source,
    );
    ownerId = created.row.id;
    if (match.business) await linkOwnerToBusiness(tx, match.business.id, ownerId, true);
  }
  let business = match.business ?? (await firstBusinessOfOwner(tx, ownerId)) ?? null;
  if (!business && input.businessName && input.districtCode) {
    if (input.nib && (await findLiveBusinessByNib(tx, input.nib)))
      throw fieldError('nib', 'registry-api:errors.nibTaken');
    business = await insertBusiness(tx, ctx, input, ownerId);
  }
  return {
    ownerId,
    businessId: business?.id ?? null,
    businessName: business?.name ?? input.businessName ?? null,
    districtCode: business?.districtCode ?? input.districtCode ?? null,
    matchedBy: match.matchedBy,
  };
}

/** The home city's kecamatan (HOME_REGION_CODE), for forms people fill in without an account. */
export async function listHomeDistricts(ctx: ServiceContext) {
  return { items: await districtsOfRegency(ctx.db, ctx.config.HOME_REGION_CODE) };
}
