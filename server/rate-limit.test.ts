import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isStaticFile } from './app';
import { createTestApp, type TestApp } from './test/app';

describe('the request limit per address', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ RATE_LIMIT_PER_MINUTE: '10' });
  });
  afterAll(async () => t.close());

  it('never refuses the web app’s own files (a page load fetches dozens of chunks)', async () => {
    const codes = new Set<number>();
    for (let i = 0; i < 25; i++) {
      const res = await t.app.inject({ method: 'GET', url: `/assets/chunk-${i}.js` });
      codes.add(res.statusCode);
    }
    expect(codes.has(429)).toBe(false);
  });

  it('still limits the API', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 15; i++)
      codes.push((await t.app.inject({ method: 'GET', url: '/api/health' })).statusCode);
    expect(codes).toContain(429);
  });

  it('tells built files from everything else', () => {
    expect(isStaticFile('GET', '/assets/index-abc.js?v=1')).toBe(true);
    expect(isStaticFile('GET', '/icons/icon-192.png')).toBe(true);
    expect(isStaticFile('GET', '/sw.js')).toBe(true);
    expect(isStaticFile('POST', '/assets/index-abc.js')).toBe(false);
    expect(isStaticFile('GET', '/api/health')).toBe(false);
    expect(isStaticFile('GET', '/catalog/some-product')).toBe(false);
  });
});
