import sharp, { type Metadata } from 'sharp';
import type { Photo, Product } from '#core/schemas/catalog';
import { recordAudit } from '#server/lib/audit';
import type { ServiceContext } from '#server/lib/context';
import { fieldError, forbidden, notFound } from '#server/lib/errors';
import { canEditProduct, canReadProduct } from '../policy';
import { presentPhoto } from '../present';
import { deletePhotoRow, insertPhoto, type PhotoVariant, photoBytes, photoCount } from '../queries/photos';
import { findProduct, lockProduct, updateProductRow } from '../queries/products';
import { clearPageCache } from './page-cache';
import { presentLoaded } from './products';
import { refreshProductScores } from './readiness';
import { factsById, loadProduct, scopeOf } from './scope';

export const MAX_PHOTOS = 10;
export const MAX_PHOTO_BYTES = 15 * 1024 * 1024;
const MAX_INPUT_PIXELS = 50_000_000;

export type ResizedPhoto = {
  width: number;
  height: number;
  small: Buffer;
  large: Buffer;
  jpeg: Buffer;
  avif: Buffer;
};

/**
 * Decodes an upload and writes the served variants: 400 px and 1200 px WebP, a 1200 px AVIF
 * and a 1200 px JPEG (what link previews read). EXIF orientation is applied and every
 * metadata block dropped (phone photos carry the GPS position of the maker's home).
 */
export async function resizePhoto(input: Buffer): Promise<ResizedPhoto> {
  let meta: Metadata;
  try {
    meta = await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS }).metadata();
  } catch {
    throw fieldError('photo', 'catalog:fields.photo_not_image');
  }
  if (
    !meta.width ||
    !meta.height ||
    !['jpeg', 'png', 'webp', 'avif', 'heif', 'gif', 'tiff'].includes(meta.format ?? '')
  )
    throw fieldError('photo', 'catalog:fields.photo_not_image');
  const base = () => sharp(input, { limitInputPixels: MAX_INPUT_PIXELS }).rotate();
  const sized = (width: number) =>
    base().resize({ width, height: width, fit: 'inside', withoutEnlargement: true });
  try {
    const large = await sized(1200).webp({ quality: 80 }).toBuffer({ resolveWithObject: true });
    return {
      width: large.info.width,
      height: large.info.height,
      large: large.data,
      small: await sized(400).webp({ quality: 75 }).toBuffer(),
      jpeg: await sized(1200).jpeg({ quality: 82, mozjpeg: true }).toBuffer(),
      avif: await sized(1200).avif({ quality: 55, effort: 2 }).toBuffer(),
    };
  } catch {
    throw fieldError('photo', 'catalog:fields.photo_not_image');
  }
}

export async function addPhoto(ctx: ServiceContext, productId: string, file: Buffer | null): Promise<Photo> {
  clearPageCache();
  const loaded = await loadProduct(ctx, productId);
  if (!canEditProduct(ctx.actor, loaded.scope)) throw forbidden();
  if (!file || file.length === 0) throw fieldError('photo', 'catalog:fields.photo_missing');
  const resized = await resizePhoto(file);
  return ctx.db.transaction(async (tx) => {
    const product = await lockProduct(tx, productId);
    if (!product) throw notFound();
    const n = await photoCount(tx, productId);
    if (n >= MAX_PHOTOS) throw fieldError('photo', 'catalog:fields.photo_too_many', { max: MAX_PHOTOS });
    const meta = await insertPhoto(tx, { productId, position: n, ...resized });
    // A changed published product goes back to review, as any other change of a maker.
    const reReview = product.status === 'published' && ctx.actor?.role !== 'admin';
    const row = await updateProductRow(
      tx,
      productId,
      reReview ? { status: 'submitted', submittedAt: new Date() } : {},
    );
    await refreshProductScores(tx, loaded.facts, [row]);
    await recordAudit(tx, ctx, {
      action: 'catalog_photo.add',
      entityType: 'catalog_product',
      entityId: productId,
      after: { photoId: meta.id, width: meta.width, height: meta.height },
    });
    return presentPhoto(meta);
  });
}

export async function deletePhoto(ctx: ServiceContext, productId: string, photoId: string): Promise<Product> {
  clearPageCache();
  const loaded = await loadProduct(ctx, productId);
  if (!canEditProduct(ctx.actor, loaded.scope)) throw forbidden();
  return ctx.db.transaction(async (tx) => {
    const deleted = await deletePhotoRow(tx, productId, photoId);
    if (!deleted) throw notFound();
    const row = await updateProductRow(tx, productId, {});
    await refreshProductScores(tx, loaded.facts, [row]);
    await recordAudit(tx, ctx, {
      action: 'catalog_photo.delete',
      entityType: 'catalog_product',
      entityId: productId,
      before: { photoId },
    });
    return presentLoaded(ctx, tx, row, loaded.facts);
  });
}

const FILES: Record<string, { variant: PhotoVariant; type: string }> = {
  '400.webp': { variant: 'small', type: 'image/webp' },
  '1200.webp': { variant: 'large', type: 'image/webp' },
  '1200.jpg': { variant: 'jpeg', type: 'image/jpeg' },
  '1200.avif': { variant: 'avif', type: 'image/avif' },
};

/**
 * A photo variant: anyone may fetch photos of published products of live businesses; photos
 * of drafts only those who may work on the product. Otherwise 404.
 */
export async function readPhoto(ctx: ServiceContext, photoId: string, file: string) {
  const spec = FILES[file];
  if (!spec) throw notFound();
  const found = await photoBytes(ctx.db, photoId, spec.variant);
  if (!found) throw notFound();
  const product = await findProduct(ctx.db, found.productId);
  if (!product) throw notFound();
  const facts = (await factsById(ctx.db, [product.businessId])).get(product.businessId);
  if (!facts) throw notFound();
  const isPublic = product.status === 'published' && facts.live;
  if (!isPublic && !canReadProduct(ctx.actor, scopeOf(facts))) throw notFound();
  return { data: found.data, type: spec.type, isPublic };
}
