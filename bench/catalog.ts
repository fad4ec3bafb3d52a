import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import autocannon from 'autocannon';
import sharp from 'sharp';
import { buildApp } from '#server/app';
import type { Database } from '#server/db/client';
import { type Client, testConfig } from '#server/test/app';
import { setupAdmin } from '#server/test/factories';
import { ms, table } from './stats';

/*
 * The catalog's figures (issue 14): a product page at 50 concurrent clients on loopback beside
 * a static file of the same size served by the same server; the JavaScript catalog pages ship
 * (gzip); and Largest Contentful Paint of a product page in Chromium on a throttled connection.
 */

const PRODUCTS = Number(process.env.BENCH_CATALOG_PRODUCTS ?? 300);
const CONNECTIONS = 50;
const SECONDS = Number(process.env.BENCH_CATALOG_SECONDS ?? 8);

async function seed(app: Awaited<ReturnType<typeof buildApp>>) {
  const admin: Client = await setupAdmin(app);
  const business = await admin.post('/api/businesses', {
    name: 'UD Daun Tembaga',
    brand: 'Daun Tembaga',
    subsector: 'electroforming',
    districtCode: '35.73.05',
    villageCode: '35.73.05.1003',
    nib: '9120012345678',
  });
  const businessId = business.json().id as string;
  await admin.put(`/api/catalog/makers/${businessId}`, {
    story: {
      id: 'Bengkel kecil di Lowokwaru yang melapis daun asli dengan tembaga sejak 2021.',
      en: 'A small Lowokwaru workshop electroforming real leaves in copper since the 2021 office workshop.',
    },
  });
  const photo = await sharp({
    create: { width: 1600, height: 1200, channels: 3, background: { r: 150, g: 90, b: 40 } },
  })
    .jpeg()
    .toBuffer();
  let first = '';
  for (let i = 0; i < PRODUCTS; i++) {
    const res = await admin.post('/api/products', {
      businessId,
      name: { id: `Liontin Daun Tembaga ${i}`, en: `Copper Leaf Pendant ${i}` },
      description: {
        id: 'Daun asli yang dilapis tembaga dengan electroforming, dipatina dan dipernis. Setiap buah unik.',
        en: 'A real leaf electroformed in copper, given a patina and lacquered. Each piece is unique, handmade in Malang, East Java.',
      },
      category: i % 3 === 0 ? 'home_decor' : 'jewellery',
      technique: 'electroforming',
      materials: ['copper', 'leaf'],
      priceIdr: 85_000 + (i % 20) * 10_000,
      priceTiers: [{ minQuantity: 100, priceIdr: 75_000 }],
      moq: 10 + (i % 5) * 10,
      leadTimeDays: 21,
      monthlyCapacity: 400,
      hsCode: '7117.19',
      compliance: [
        {
          market: 'EU',
          topic: 'nickel_cadmium_lead',
          note: 'Nickel-free copper; lab test report available.',
        },
      ],
    });
    const id = res.json().id as string;
    if (i === 0) {
      first = res.json().slug;
      const boundary = '----bench';
      for (let n = 0; n < 3; n++)
        await admin.post(`/api/products/${id}/photos`, undefined, {
          headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
          payload: Buffer.concat([
            Buffer.from(
              `--${boundary}\r\nContent-Disposition: form-data; name="photo"; filename="p.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`,
            ),
            photo,
            Buffer.from(`\r\n--${boundary}--\r\n`),
          ]),
        });
    }
    await admin.post(`/api/products/${id}/publish`);
  }
  return first;
}

async function load(url: string) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS });
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: result.requests.average,
    errors: result.errors + result.non2xx,
  };
}

async function lcp(url: string) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 412, height: 915 } });
    const cdp = await page.context().newCDPSession(page);
    // Chrome DevTools' "Slow 4G" preset: 150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up; CPU 4× slower.
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await page.goto(url, { waitUntil: 'load' });
    const value = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          new PerformanceObserver((list) => {
            const entries = list.getEntries();
            resolve(entries[entries.length - 1]?.startTime ?? -1);
          }).observe({ type: 'largest-contentful-paint', buffered: true });
          setTimeout(() => resolve(-1), 5000);
        }),
    );
    return { lcp: value, scripts: scripts.length };
  } finally {
    await browser.close();
  }
}

/** Gzip size of the JavaScript a page references or inlines. */
async function pageJs(base: string, pathName: string) {
  const html = await (await fetch(base + pathName)).text();
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    (m) => m[1] ?? '',
  );
  const srcs = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1] ?? '');
  let bytes = inline.reduce((s, code) => s + gzipSync(code).length, 0);
  for (const src of srcs)
    bytes += gzipSync(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())).length;
  return { js: bytes, html: gzipSync(html).length, scripts: srcs.length + inline.length };
}

export async function benchCatalog(database: Database) {
  const webDir = await mkdtemp(path.join(tmpdir(), 'bench-web-'));
  const config = { ...testConfig({ INQUIRY_LIMIT_PER_HOUR: '1000' }), webDir };
  await mkdir(path.join(webDir, 'assets'), { recursive: true });
  await writeFile(path.join(webDir, 'index.html'), '<!doctype html><title>app</title>');
  // The baseline: a static HTML file the size of a product page (8 KB), served by the same process
  // (the static handler only knows the files present when the server starts).
  await writeFile(
    path.join(webDir, 'assets', 'baseline.html'),
    `<!doctype html>${'<p>static baseline</p>'.repeat(400)}`,
  );
  const app = await buildApp({ config, database, logger: false });
  await app.ready();
  const slug = await seed(app);
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  try {
    const productHtml = await (await fetch(`${address}/en/catalog/${slug}`)).text();
    const page = await load(`${address}/en/catalog/${slug}`);
    const list = await load(`${address}/en/catalog`);
    const staticFile = await load(`${address}/assets/baseline.html`);
    console.log(
      `\nCatalog — ${PRODUCTS} published products, ${CONNECTIONS} concurrent clients for ${SECONDS} s each on loopback (product page ${(productHtml.length / 1024).toFixed(1)} KB)`,
    );
    console.log(
      table(
        ['request', 'p50 ms', 'p99 ms', 'req/s', 'errors', 'p50 vs static'],
        [
          [
            'GET /en/catalog/:slug (SSR)',
            ms(page.p50),
            ms(page.p99),
            page.rps.toFixed(0),
            page.errors,
            `${(page.p50 / Math.max(staticFile.p50, 0.01)).toFixed(1)}×`,
          ],
          [
            'GET /en/catalog (list, 24 items)',
            ms(list.p50),
            ms(list.p99),
            list.rps.toFixed(0),
            list.errors,
            `${(list.p50 / Math.max(staticFile.p50, 0.01)).toFixed(1)}×`,
          ],
          [
            'static file, same size (baseline)',
            ms(staticFile.p50),
            ms(staticFile.p99),
            staticFile.rps.toFixed(0),
            staticFile.errors,
            '1.0×',
          ],
        ],
      ),
    );
    const js = [
      await pageJs(address, `/en/catalog/${slug}`),
      await pageJs(address, '/en/catalog'),
      await pageJs(address, `/catalog/${slug}`),
    ];
    console.log(
      table(
        ['page', 'JS (gzip)', 'scripts', 'HTML+CSS (gzip)'],
        [
          [`/en/catalog/${slug}`, `${js[0]?.js} B`, js[0]?.scripts ?? 0, `${js[0]?.html} B`],
          ['/en/catalog', `${js[1]?.js} B`, js[1]?.scripts ?? 0, `${js[1]?.html} B`],
          [`/catalog/${slug}`, `${js[2]?.js} B`, js[2]?.scripts ?? 0, `${js[2]?.html} B`],
        ],
      ),
    );
    const product = await lcp(`${address}/en/catalog/${slug}`);
    const listing = await lcp(`${address}/en/catalog`);
    console.log(
      table(
        ['page (Chromium, Slow 4G: 150 ms RTT, 1.6 Mbit/s, CPU 4×)', 'LCP ms', 'scripts loaded'],
        [
          ['product page', ms(product.lcp), product.scripts],
          ['catalog list', ms(listing.lcp), listing.scripts],
        ],
      ),
    );
  } finally {
    await app.close();
  }
}
