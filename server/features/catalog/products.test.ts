import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from '#server/test/app';
import { setupAdmin, userClient } from '#server/test/factories';
import {
  createProduct,
  jpeg,
  KLOJEN,
  LOWOKWARU,
  makerBusiness,
  multipart,
  productBody,
} from './test-helpers';

let t: TestApp;
let admin: Client;
let maker: Client;
let stranger: Client;
let officerHere: Client;
let officerElsewhere: Client;
let businessId: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = await setupAdmin(t.app);
  const m = await userClient(t.app, t.database, { role: 'ikm_owner' });
  maker = m.client;
  stranger = (await userClient(t.app, t.database, { role: 'ikm_owner' })).client;
  officerHere = (await userClient(t.app, t.database, { role: 'officer', kecamatanCodes: [LOWOKWARU] }))
    .client;
  officerElsewhere = (await userClient(t.app, t.database, { role: 'officer', kecamatanCodes: [KLOJEN] }))
    .client;
  businessId = (await makerBusiness(t, admin, m.user.id)).id;
}, 180_000);
afterAll(() => t.close());

const fieldsOf = (body: string) =>
  (JSON.parse(body).error.details?.fields ?? []).map((f: { path: string }) => f.path) as string[];

describe('products', () => {
  it('a maker creates a draft of their own business: 201 with id, slug and status', async () => {
    const res = await maker.post('/api/products', productBody(businessId));
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ slug: 'copper-leaf-pendant', status: 'draft', hsCode: '7117.19' });
    expect(body.id).toMatch(/^[0-9a-f-]{36}$/);
    const again = await createProduct(maker, productBody(businessId));
    expect(again.slug).toBe('copper-leaf-pendant-2');
  });

  it('bad HS code, negative price, MOQ of zero and a script tag: 400 naming each field, nothing saved', async () => {
    const before = (await admin.get('/api/products')).json().total;
    const res = await maker.post(
      '/api/products',
      productBody(businessId, {
        hsCode: '71A7',
        priceIdr: -5,
        moq: 0,
        name: { id: '<script>alert(1)</script>', en: 'x' },
      }),
    );
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res.body)).toEqual(expect.arrayContaining(['hsCode', 'priceIdr', 'moq', 'name.id']));
    const hs = await maker.post('/api/products', productBody(businessId, { hsCode: '7700.00' }));
    expect(fieldsOf(hs.body)).toEqual(['hsCode']);
    const tiers = await maker.post(
      '/api/products',
      productBody(businessId, { priceTiers: [{ minQuantity: 100, priceIdr: 200_000 }] }),
    );
    expect(fieldsOf(tiers.body)).toEqual(['priceTiers.0']);
    expect((await admin.get('/api/products')).json().total).toBe(before);
  });

  it('answers field messages in the reader language', async () => {
    const res = await maker.post('/api/products', productBody(businessId, { moq: 0 }), {
      headers: { 'accept-language': 'id' },
    });
    expect(res.json().error.details.fields[0].message).toBe('Pesanan minimum paling sedikit 1 buah.');
  });

  it('another maker and an officer of another kecamatan cannot see or edit it; the local officer can', async () => {
    const p = await createProduct(
      maker,
      productBody(businessId, { name: { id: 'Anting Daun', en: 'Leaf Earrings' } }),
    );
    expect((await stranger.get(`/api/products/${p.id}`)).statusCode).toBe(404);
    expect((await stranger.patch(`/api/products/${p.id}`, { priceIdr: 1 })).statusCode).toBe(404);
    expect((await officerElsewhere.get(`/api/products/${p.id}`)).statusCode).toBe(404);
    expect((await stranger.post('/api/products', productBody(businessId))).statusCode).toBe(400);
    expect((await stranger.get('/api/products')).json().total).toBe(0);
    expect((await officerHere.get(`/api/products/${p.id}`)).statusCode).toBe(200);
    const edited = await officerHere.patch(`/api/products/${p.id}`, { priceIdr: 150_000 });
    expect(edited.json().priceIdr).toBe(150_000);
  });

  it('draft → submitted → published; only the office publishes and features', async () => {
    const p = await createProduct(
      maker,
      productBody(businessId, { name: { id: 'Bros Daun', en: 'Leaf Brooch' } }),
    );
    expect((await maker.post(`/api/products/${p.id}/publish`)).statusCode).toBe(403);
    expect((await maker.post(`/api/products/${p.id}/submit`)).json().status).toBe('submitted');
    expect((await maker.post(`/api/products/${p.id}/submit`)).statusCode).toBe(409);
    expect((await officerHere.post(`/api/products/${p.id}/publish`)).statusCode).toBe(403);
    const published = await admin.post(`/api/products/${p.id}/publish`);
    expect(published.json()).toMatchObject({ status: 'published', permissions: { feature: true } });
    expect((await admin.post(`/api/products/${p.id}/feature`, { featured: true })).json().featured).toBe(
      true,
    );
    // A maker's later change goes back to review, so buyers only read what the office approved.
    const changed = await maker.patch(`/api/products/${p.id}`, { priceIdr: 99_000 });
    expect(changed.json()).toMatchObject({ status: 'submitted', featured: false });
    const returned = await admin.post(`/api/products/${p.id}/return`, { note: 'Foto kurang jelas' });
    expect(returned.json()).toMatchObject({ status: 'draft', reviewNote: 'Foto kurang jelas' });
  });

  it('photos: a real image is resized into WebP, AVIF and JPEG; a file that is not an image is refused', async () => {
    const p = await createProduct(
      maker,
      productBody(businessId, { name: { id: 'Liontin Pakis', en: 'Fern Pendant' } }),
    );
    const bad = multipart('photo', 'x.jpg', Buffer.from('<html>not an image</html>'), 'image/jpeg');
    const refused = await maker.post(`/api/products/${p.id}/photos`, undefined, bad);
    expect(refused.statusCode).toBe(400);
    expect(fieldsOf(refused.body)).toEqual(['photo']);
    const good = multipart('photo', 'leaf.jpg', await jpeg(2400, 1600), 'image/jpeg');
    const res = await maker.post(`/api/products/${p.id}/photos`, undefined, good);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ width: 1200, height: 800 });
    // Drafts' photos are not public.
    const anon = await t.app.inject({ method: 'GET', url: res.json().urls.large });
    expect(anon.statusCode).toBe(404);
    const own = await maker.get(res.json().urls.avif);
    expect(own.statusCode).toBe(200);
    expect(own.headers['content-type']).toBe('image/avif');
    expect((await stranger.post(`/api/products/${p.id}/photos`, undefined, good)).statusCode).toBe(404);
  });

  it('readiness scores the IKM and lists each gap with what to do and its need category', async () => {
    const res = await maker.get(`/api/catalog/readiness/${businessId}`, {
      headers: { 'accept-language': 'en' },
    });
    expect(res.statusCode).toBe(200);
    const r = res.json();
    expect(r.score).toBeGreaterThan(0);
    expect(r.score).toBeLessThan(100);
    const keys = r.gaps.map((g: { key: string }) => g.key);
    expect(keys).toEqual(expect.arrayContaining(['hki', 'training', 'euJewellery', 'photos']));
    expect(keys).not.toContain('nib');
    const eu = r.gaps.find((g: { key: string }) => g.key === 'euJewellery');
    expect(eu).toMatchObject({ needCategory: 'certification', priority: 'high' });
    expect(eu.advice).toMatch(/nickel/);
    expect((await stranger.get(`/api/catalog/readiness/${businessId}`)).statusCode).toBe(404);
  });
});
