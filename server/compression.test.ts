import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressDir } from '../scripts/precompress';
import { buildApp } from './app';
import type { Database } from './db/client';
import { testConfig } from './test/app';
import { createTestDatabase } from './test/db';

/*
 * First-visit bytes: the web app's files go out pre-compressed (brotli or gzip, as the browser
 * accepts) with immutable caching for hashed names; API JSON above 1 KB is compressed on the fly.
 */

let app: FastifyInstance;
let database: Database;
let webDir: string;
const script = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `kriya-${i}`))};\n`;

beforeAll(async () => {
  webDir = mkdtempSync(path.join(tmpdir(), 'bk-web-'));
  mkdirSync(path.join(webDir, 'assets'));
  writeFileSync(
    path.join(webDir, 'index.html'),
    `<!doctype html><title>Bina Kriya</title>${'<!-- -->'.repeat(200)}`,
  );
  writeFileSync(path.join(webDir, 'assets', 'index-AbC123xy.js'), script);
  precompressDir(webDir);
  database = await createTestDatabase();
  app = await buildApp({ config: { ...testConfig(), webDir }, database, logger: false });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await database.close();
  rmSync(webDir, { recursive: true, force: true });
});

const get = (url: string, encoding?: string) =>
  app.inject({ method: 'GET', url, headers: encoding ? { 'accept-encoding': encoding } : {} });

describe('compressed answers', () => {
  it('sends the brotli twin of a hashed script, cached for good', async () => {
    const res = await get('/assets/index-AbC123xy.js', 'gzip, deflate, br');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(String(res.headers.vary)).toMatch(/accept-encoding/i);
    expect(res.rawPayload.length).toBeLessThan(script.length / 3);
    expect(brotliDecompressSync(res.rawPayload).toString()).toBe(script);
  });

  it('sends gzip to a browser without brotli, and the file itself to one without either', async () => {
    const gz = await get('/assets/index-AbC123xy.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(script);
    const plain = await get('/assets/index-AbC123xy.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
  });

  it('revalidates the page itself (index.html) on every visit', async () => {
    const res = await get('/registry', 'br');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('compresses API JSON above 1 KB, and leaves small answers alone', async () => {
    const big = await get('/api/openapi.json', 'br, gzip');
    expect(big.statusCode).toBe(200);
    expect(big.headers['content-encoding']).toBe('br');
    expect(JSON.parse(brotliDecompressSync(big.rawPayload).toString()).openapi).toMatch(/^3\./);
    const small = await get('/api/health', 'br, gzip');
    expect(small.statusCode).toBe(200);
    expect(small.headers['content-encoding']).toBeUndefined();
  });
});
