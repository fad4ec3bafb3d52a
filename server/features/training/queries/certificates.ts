import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Queryable } from '#server/db/client';
import { owners, trainingCertificates, trainingRegistrations } from '#server/db/schema';

export type CertificateRow = typeof trainingCertificates.$inferSelect;

export async function findCertificate(db: Queryable, code: string) {
  const [row] = await db
    .select({
      c: trainingCertificates,
      name: trainingRegistrations.name,
      districtCode: trainingRegistrations.districtCode,
      holderUserId: owners.userId,
    })
    .from(trainingCertificates)
    .innerJoin(trainingRegistrations, eq(trainingRegistrations.id, trainingCertificates.registrationId))
    .innerJoin(owners, eq(owners.id, trainingRegistrations.ownerId))
    .where(eq(trainingCertificates.code, code));
  return row;
}

export async function certificatesOfEvent(db: Queryable, eventId: string, onlyValid = false) {
  return db
    .select({
      c: trainingCertificates,
      name: trainingRegistrations.name,
      districtCode: trainingRegistrations.districtCode,
    })
    .from(trainingCertificates)
    .innerJoin(trainingRegistrations, eq(trainingRegistrations.id, trainingCertificates.registrationId))
    .where(
      and(
        eq(trainingCertificates.eventId, eventId),
        onlyValid ? eq(trainingCertificates.status, 'valid') : undefined,
      ),
    )
    .orderBy(asc(trainingRegistrations.name), asc(trainingCertificates.code));
}

export async function certifiedRegistrationIds(db: Queryable, registrationIds: string[]) {
  if (registrationIds.length === 0) return new Set<string>();
  const rows = await db
    .select({ id: trainingCertificates.registrationId })
    .from(trainingCertificates)
    .where(inArray(trainingCertificates.registrationId, registrationIds));
  return new Set(rows.map((r) => r.id));
}

/** Inserts certificates, skipping registrations that got one meanwhile (unique index). */
export async function insertCertificates(db: Queryable, rows: (typeof trainingCertificates.$inferInsert)[]) {
  if (rows.length === 0) return [];
  const out: CertificateRow[] = [];
  for (let i = 0; i < rows.length; i += 500) {
    out.push(
      ...(await db
        .insert(trainingCertificates)
        .values(rows.slice(i, i + 500))
        .onConflictDoNothing()
        .returning()),
    );
  }
  return out;
}

export async function revokeCertificate(db: Queryable, code: string, reason: string, by: string | null) {
  const [row] = await db
    .update(trainingCertificates)
    .set({ status: 'revoked', revokedReason: reason, revokedAt: new Date(), revokedBy: by })
    .where(and(eq(trainingCertificates.code, code), eq(trainingCertificates.status, 'valid')))
    .returning();
  return row;
}
