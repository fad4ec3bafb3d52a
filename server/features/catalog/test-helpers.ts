import { sql } from 'drizzle-orm';
import sharp from 'sharp';
import {
  businessBody,
  KLOJEN,
  LOWOKWARU,
  NIK_SITI,
  nextNib,
  personOwner,
} from '#server/features/registry/test-helpers';
import type { Client, TestApp } from '#server/test/app';

export { KLOJEN, LOWOKWARU };

export const PRIVATE = { nik: NIK_SITI, phone: '0812-3456-7890', address: 'Jl. Kenanga Rahasia No. 17' };

/** A business with an owner carrying NIK, phone and home address, linked to `userId`'s account. */
export async function makerBusiness(
  t: TestApp,
  admin: Client,
  userId: string | null,
  overrides: Record<string, unknown> = {},
) {
  const res = await admin.post(
    '/api/businesses',
    businessBody({
      name: 'UD Daun Tembaga',
      brand: 'Daun Tembaga',
      nib: nextNib(),
      address: 'Jl. Usaha Rumah No. 3',
      owners: [personOwner('Siti Aminah', { ...PRIVATE, gender: 'female' })],
      ...overrides,
    }),
  );
  if (res.statusCode !== 201) throw new Error(`business: ${res.statusCode} ${res.body}`);
  const business = res.json();
  if (userId)
    await t.database.db.execute(
      sql`UPDATE owners SET user_id = ${userId} WHERE id = ${business.owners[0].id}`,
    );
  return business as { id: string; owners: { id: string }[] };
}

export function productBody(businessId: string, overrides: Record<string, unknown> = {}) {
  return {
    businessId,
    name: { id: 'Liontin Daun Tembaga', en: 'Copper Leaf Pendant' },
    description: {
      id: 'Daun asli yang dilapis tembaga dengan electroforming, dipatina dan dipernis.',
      en: 'A real leaf electroformed in copper, given a patina and lacquered. Each piece is unique, handmade in Malang.',
    },
    category: 'jewellery',
    technique: 'electroforming',
    materials: ['copper', 'leaf'],
    priceIdr: 185_000,
    moq: 20,
    leadTimeDays: 21,
    hsCode: '7117.19',
    ...overrides,
  };
}

export async function createProduct(client: Client, body: Record<string, unknown>) {
  const res = await client.post('/api/products', body);
  if (res.statusCode !== 201) throw new Error(`product: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string; slug: string; status: string };
}

/** A small real JPEG. */
export const jpeg = (width = 900, height = 600) =>
  sharp({ create: { width, height, channels: 3, background: { r: 180, g: 110, b: 40 } } })
    .jpeg()
    .toBuffer();

export function multipart(field: string, filename: string, data: Buffer, type: string) {
  const boundary = '----catalogtest';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`,
    ),
    data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
