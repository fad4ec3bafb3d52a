import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from '#server/test/app';
import { setupAdmin, userClient } from '#server/test/factories';
import { createProduct, jpeg, makerBusiness, multipart, PRIVATE, productBody } from './test-helpers';

let t: TestApp;
let admin: Client;
let maker: Client;
let stranger: Client;
let outbox: string;
let published: { id: string; slug: string };
let draft: { id: string; slug: string };

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const anon = (url: string, extra: Record<string, unknown> = {}) =>
  t.app.inject({ method: 'GET', url, ...extra });
const inquiry = (overrides: Record<string, unknown> = {}, ip = '203.0.113.7') =>
  t.app.inject({
    method: 'POST',
    url: '/api/public/inquiries',
    remoteAddress: ip,
    payload: {
      productSlug: published.slug,
      quantity: 200,
      message: 'We would like 200 pendants for our shop in Berlin.',
      name: 'Anna Schmidt',
      email: 'anna@example.de',
      country: 'DE',
      ...overrides,
    },
  });

beforeAll(async () => {
  outbox = await mkdtemp(path.join(tmpdir(), 'outbox-'));
  t = await createTestApp({
    MAIL_OUTBOX_DIR: outbox,
    INQUIRY_LIMIT_PER_HOUR: '3',
    PUBLIC_URL: 'https://katalog.example',
  });
  admin = await setupAdmin(t.app);
  const m = await userClient(t.app, t.database, { role: 'ikm_owner' });
  maker = m.client;
  stranger = (await userClient(t.app, t.database, { role: 'ikm_owner' })).client;
  const business = await makerBusiness(t, admin, m.user.id);
  published = await createProduct(maker, productBody(business.id));
  const photo = multipart('photo', 'leaf.jpg', await jpeg(), 'image/jpeg');
  expect((await maker.post(`/api/products/${published.id}/photos`, undefined, photo)).statusCode).toBe(201);
  await maker.post(`/api/products/${published.id}/submit`);
  expect((await admin.post(`/api/products/${published.id}/publish`)).statusCode).toBe(200);
  draft = await createProduct(
    maker,
    productBody(business.id, { name: { id: 'Rahasia Draf', en: 'Secret Draft Pendant' } }),
  );
}, 180_000);
afterAll(() => t.close());

describe('public catalog API', () => {
  it('lists and shows only published products; a draft answers 404', async () => {
    const list = (await anon('/api/public/products?q=pendant&lang=en')).json();
    expect(list.total).toBe(1);
    expect(list.items[0]).toMatchObject({
      slug: published.slug,
      name: 'Copper Leaf Pendant',
      makerName: 'Daun Tembaga',
    });
    expect((await anon(`/api/public/products/${draft.slug}`)).statusCode).toBe(404);
    expect((await anon('/api/public/products?q=secret')).json().total).toBe(0);
    const one = (await anon(`/api/public/products/${published.slug}?lang=id&currency=EUR`)).json();
    expect(one).toMatchObject({ name: 'Liontin Daun Tembaga', price: { idr: 185_000, currency: 'EUR' } });
    expect(one.price.amount).toBeCloseTo(185_000 / one.price.rate, 2);
  });

  it('filters by category, technique, price band, MOQ and export readiness', async () => {
    const count = async (q: string) => (await anon(`/api/public/products?${q}`)).json().total;
    expect(await count('category=jewellery&technique=electroforming')).toBe(1);
    expect(await count('category=bags')).toBe(0);
    expect(await count('priceBand=50k-250k')).toBe(1);
    expect(await count('priceBand=under50k')).toBe(0);
    expect(await count('maxMoq=10')).toBe(0);
    expect(await count('maxMoq=20')).toBe(1);
    expect(await count('material=Copper')).toBe(1);
    expect(await count('exportReady=true')).toBe(0);
    expect(await count('exportReady=false')).toBe(1);
  });

  it('never carries NIK, phone, home address or the owner name', async () => {
    const bodies = [
      (await anon(`/api/public/products/${published.slug}`)).body,
      (await anon('/api/public/products')).body,
      (await anon(`/catalog/${published.slug}`)).body,
      (await anon(`/en/catalog/${published.slug}`)).body,
      (await anon('/catalog')).body,
    ];
    const maker = JSON.parse(bodies[0] as string).maker.slug;
    bodies.push(
      (await anon(`/catalog/makers/${maker}`)).body,
      (await anon(`/api/public/makers/${maker}`)).body,
    );
    for (const body of bodies) {
      expect(body).not.toContain(PRIVATE.nik);
      expect(body).not.toContain(`${PRIVATE.nik.slice(-4)}"`);
      expect(body).not.toContain('0812');
      expect(body).not.toContain('3456');
      expect(body).not.toContain(PRIVATE.address);
      expect(body).not.toContain('Jl. Usaha Rumah');
      expect(body).not.toContain('Siti Aminah');
    }
  });
});

describe('server-rendered pages', () => {
  it('the Indonesian and English product pages carry title, OpenGraph, canonical and hreflang without JavaScript', async () => {
    const id = await anon(`/catalog/${published.slug}`);
    expect(id.statusCode).toBe(200);
    expect(id.headers['content-type']).toContain('text/html');
    expect(id.body).toContain('<html lang="id">');
    expect(id.body).toContain('<title>Liontin Daun Tembaga – Daun Tembaga | Kriya Malang</title>');
    expect(id.body).toContain('<meta property="og:title" content="Liontin Daun Tembaga');
    expect(id.body).toMatch(
      /<meta property="og:image" content="https:\/\/katalog\.example\/api\/public\/photos\/[0-9a-f-]+\/1200\.jpg">/,
    );
    expect(id.body).toContain(
      `<link rel="canonical" href="https://katalog.example/catalog/${published.slug}">`,
    );
    expect(id.body).toContain(`hreflang="en" href="https://katalog.example/en/catalog/${published.slug}"`);
    expect(id.body).not.toContain('<script');
    const en = await anon(`/en/catalog/${published.slug}`);
    expect(en.body).toContain('<html lang="en">');
    expect(en.body).toContain('<title>Copper Leaf Pendant');
    expect(en.body).toContain(
      `<link rel="canonical" href="https://katalog.example/en/catalog/${published.slug}">`,
    );
    const query = await anon(`/catalog/${published.slug}?lang=en`);
    expect(query.body).toContain('<html lang="en">');
    const og = await anon(
      id.body.match(/og:image" content="https:\/\/katalog\.example([^"]+)"/)?.[1] as string,
    );
    expect(og.statusCode).toBe(200);
    expect(og.headers['content-type']).toBe('image/jpeg');
  });

  it('unpublished products are invisible on pages and in the sitemap', async () => {
    expect((await anon(`/catalog/${draft.slug}`)).statusCode).toBe(404);
    expect((await anon(`/en/catalog/${draft.slug}`)).statusCode).toBe(404);
    expect((await anon('/catalog?q=secret')).body).not.toContain('Secret');
    const sitemap = await anon('/sitemap.xml');
    expect(sitemap.headers['content-type']).toContain('application/xml');
    expect(sitemap.body).toContain(`https://katalog.example/en/catalog/${published.slug}`);
    expect(sitemap.body).not.toContain(draft.slug);
    expect((await anon('/robots.txt')).body).toContain('Sitemap: https://katalog.example/sitemap.xml');
  });

  it('text a maker typed is escaped, never markup', async () => {
    const p = await maker.patch(`/api/products/${published.id}`, {
      finishes: ['"><img src=x onerror=alert(1)>'],
    });
    expect(p.statusCode).toBe(400);
    expect(p.json().error.details.fields[0].path).toBe('finishes.0');
  });
});

describe('inquiries', () => {
  it('bad input answers 400 naming the fields; the page form shows the errors in place', async () => {
    const res = await inquiry({ email: '', country: 'XX', quantity: 0, message: '<script>x</script>' });
    expect(res.statusCode).toBe(400);
    const paths = res.json().error.details.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['email', 'country', 'quantity', 'message']));
    const page = await t.app.inject({
      method: 'POST',
      url: `/en/catalog/${published.slug}/inquiry`,
      headers: FORM,
      payload: form({
        quantity: '5',
        message: 'Hello there, price?',
        name: 'Bob',
        email: 'not-an-email',
        country: 'US',
      }),
    });
    expect(page.statusCode).toBe(400);
    expect(page.body).toContain('Enter an e-mail address we can answer to.');
    expect(page.body).toContain('value="Bob"');
    expect((await admin.get('/api/inquiries')).json().total).toBe(0);
  });

  it('a good inquiry is stored, the maker sees it, a reply lands in the outbox for the buyer', async () => {
    const page = await t.app.inject({
      method: 'POST',
      url: `/en/catalog/${published.slug}/inquiry`,
      headers: FORM,
      remoteAddress: '198.51.100.4',
      payload: form({
        quantity: '300',
        message: 'Could you quote 300 pieces with gold plating?',
        name: 'Kenji Sato',
        email: 'kenji@example.jp',
        country: 'jp',
        website: '',
      }),
    });
    expect(page.statusCode).toBe(303);
    expect(page.headers.location).toBe(`/en/catalog/${published.slug}?sent=1#inquiry`);
    const list = (await maker.get('/api/inquiries')).json();
    expect(list.total).toBe(1);
    expect(list.items[0]).toMatchObject({
      buyerName: 'Kenji Sato',
      country: 'JP',
      status: 'new',
      quantity: 300,
    });
    expect((await stranger.get('/api/inquiries')).json().total).toBe(0);
    const id = list.items[0].id;
    expect((await stranger.get(`/api/inquiries/${id}`)).statusCode).toBe(404);
    expect((await stranger.post(`/api/inquiries/${id}/replies`, { message: 'Hi' })).statusCode).toBe(404);
    const reply = await maker.post(`/api/inquiries/${id}/replies`, {
      message: 'Yes: US$ 9.50 each, 30 days.',
      status: 'quoted',
    });
    expect(reply.statusCode).toBe(201);
    expect(reply.json().mailedAt).not.toBeNull();
    const detail = (await admin.get(`/api/inquiries/${id}`)).json();
    expect(detail.status).toBe('quoted');
    expect(detail.messages.map((m: { author: string }) => m.author)).toEqual(['buyer', 'staff']);
    const files = await readdir(outbox);
    const mails = await Promise.all(files.map((f) => readFile(path.join(outbox, f), 'utf8')));
    const toBuyer = mails.find((m) => m.includes('To: kenji@example.jp') && m.includes('Re: your inquiry'));
    expect(toBuyer).toContain('US$ 9.50 each');
    expect(mails.some((m) => m.includes('Pertanyaan pembeli baru'))).toBe(true);
    expect((await maker.patch(`/api/inquiries/${id}`, { status: 'new' })).statusCode).toBe(400);
    expect((await maker.patch(`/api/inquiries/${id}`, { status: 'won' })).json().status).toBe('won');
  });

  it('a honeypot hit is answered as usual and nothing is stored; the hourly limit answers 429', async () => {
    const before = (await admin.get('/api/inquiries')).json().total;
    const bot = await inquiry({ website: 'http://spam.example' }, '192.0.2.50');
    expect(bot.statusCode).toBe(201);
    expect((await admin.get('/api/inquiries')).json().total).toBe(before);
    for (let i = 0; i < 3; i++) expect((await inquiry({}, '192.0.2.99')).statusCode).toBe(201);
    const limited = await inquiry({ email: 'other@example.de' }, '192.0.2.99');
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.details.retryAfterSeconds).toBeGreaterThan(0);
    // Another sender is not affected by that sender's limit.
    expect((await inquiry({ email: 'third@example.de' }, '192.0.2.100')).statusCode).toBe(201);
  });
});
