import { and, eq, inArray } from 'drizzle-orm';
import type { Queryable } from '#server/db/client';
import { visitPhotos } from '#server/db/schema';

export type NewPhoto = { id: string; visitId: string; mime: string; bytes: Uint8Array };

export async function insertPhotos(db: Queryable, photos: readonly NewPhoto[]) {
  if (photos.length === 0) return;
  await db.insert(visitPhotos).values(photos.map((p) => ({ ...p, size: p.bytes.byteLength })));
}

export async function photoOf(db: Queryable, visitId: string, photoId: string) {
  const [row] = await db
    .select({ mime: visitPhotos.mime, bytes: visitPhotos.bytes })
    .from(visitPhotos)
    .where(and(eq(visitPhotos.visitId, visitId), eq(visitPhotos.id, photoId)));
  return row;
}

/** Which of these photo ids belong to the visit. */
export async function photoIdsOf(db: Queryable, visitId: string, ids: readonly string[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await db
    .select({ id: visitPhotos.id })
    .from(visitPhotos)
    .where(and(eq(visitPhotos.visitId, visitId), inArray(visitPhotos.id, [...ids])));
  return new Set(rows.map((r) => r.id));
}
