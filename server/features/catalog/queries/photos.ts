import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { Queryable } from '#server/db/client';
import { catalogPhotos } from '#server/db/schema';

const meta = {
  id: catalogPhotos.id,
  productId: catalogPhotos.productId,
  position: catalogPhotos.position,
  width: catalogPhotos.width,
  height: catalogPhotos.height,
};

export type PhotoMeta = { id: string; productId: string; position: number; width: number; height: number };

/** Photo metadata (never the bytes) of products, in order. */
export const photosOf = async (db: Queryable, productIds: readonly string[]): Promise<PhotoMeta[]> =>
  productIds.length === 0
    ? []
    : db
        .select(meta)
        .from(catalogPhotos)
        .where(inArray(catalogPhotos.productId, [...productIds]))
        .orderBy(asc(catalogPhotos.productId), asc(catalogPhotos.position));

export async function photoCount(db: Queryable, productId: string): Promise<number> {
  const [{ n }] = await db
    .select({ n: count() })
    .from(catalogPhotos)
    .where(eq(catalogPhotos.productId, productId));
  return n;
}

export const insertPhoto = async (db: Queryable, row: typeof catalogPhotos.$inferInsert) =>
  (await db.insert(catalogPhotos).values(row).returning(meta))[0];

export const deletePhotoRow = async (db: Queryable, productId: string, photoId: string) =>
  (
    await db
      .delete(catalogPhotos)
      .where(and(eq(catalogPhotos.id, photoId), eq(catalogPhotos.productId, productId)))
      .returning({ id: catalogPhotos.id })
  )[0];

const VARIANT_COLUMNS = {
  small: catalogPhotos.small,
  large: catalogPhotos.large,
  jpeg: catalogPhotos.jpeg,
  avif: catalogPhotos.avif,
} as const;
export type PhotoVariant = keyof typeof VARIANT_COLUMNS;

/** One stored variant of a photo with the product it belongs to. */
export async function photoBytes(db: Queryable, photoId: string, variant: PhotoVariant) {
  const rows = await db
    .select({ data: VARIANT_COLUMNS[variant], productId: catalogPhotos.productId })
    .from(catalogPhotos)
    .where(eq(catalogPhotos.id, photoId))
    .limit(1);
  return rows[0];
}
