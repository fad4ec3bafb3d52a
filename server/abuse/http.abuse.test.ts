import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '#server/app';
import { runStartupTasks } from '#server/startup';
import type { Client } from '#server/test/app';
import { createTestApp, type TestApp, testConfig } from '#server/test/app';
import { createTestDatabase } from '#server/test/db';
import { setupAdmin } from '#server/test/factories';
import { expectRefusal } from './helpers';

let t: TestApp;
let admin: Client;

beforeAll(async () => {
  t = await createTestApp();
  admin = await setupAdmin(t.app);
});
afterAll(async () => t.close());

describe('framework errors answer in the one documented shape', () => {
  it('an id over 100 characters: 414 with {error:{code,message}}', async () => {
    for (const url of ['/api/users/', '/api/businesses/', '/api/owners/']) {
      const res = await admin.get(`${url}${'a'.repeat(120)}`);
      expect(expectRefusal(res, 414).error.code).toBe('bad_request');
    }
  });

  it('a malformed URL escape: 400 in the same shape', async () => {
    const res = await admin.get('/api/users/%E0%A4%A');
    expect(expectRefusal(res, 400).error.code).toBe('bad_request');
  });

  it('in the language asked for', async () => {
    const res = await admin.get(`/api/users/${'a'.repeat(120)}`, { headers: { 'accept-language': 'en' } });
    expect(expectRefusal(res, 414).error.message).toBe('The requested address is too long.');
  });

  it('a request too broken to be HTTP gets a JSON 400 in the same shape on the socket', async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const { port } = t.app.server.address() as { port: number };
      const raw = await new Promise<string>((resolve, reject) => {
        const socket = connect(port, '127.0.0.1', () =>
          socket.write('GET /api/health HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n'),
        );
        let data = '';
        socket.on('data', (chunk) => {
          data += chunk.toString();
        });
        socket.on('end', () => resolve(data));
        socket.on('error', reject);
      });
      expect(raw).toMatch(/^HTTP\/1\.1 400 /);
      const body = JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4));
      expect(body.error.code).toBe('bad_request');
    } finally {
      await t.app.server.close();
    }
  });
});

describe('the web app files', () => {
  it('a missing /assets/*.js is a 404, while an app page still gets index.html', async () => {
    const webDir = await mkdtemp(path.join(os.tmpdir(), 'bk-web-'));
    await mkdir(path.join(webDir, 'assets'));
    await writeFile(path.join(webDir, 'index.html'), '<!doctype html><title>Bina Kriya</title>');
    await writeFile(path.join(webDir, 'assets', 'app-abc123.js'), 'console.log(1)');
    const database = await createTestDatabase();
    const app = await buildApp({ config: { ...testConfig(), webDir }, database, logger: false });
    try {
      const present = await app.inject({ method: 'GET', url: '/assets/app-abc123.js' });
      expect(present.statusCode).toBe(200);
      const missing = await app.inject({ method: 'GET', url: '/assets/app-old999.js' });
      expect(missing.statusCode).toBe(404);
      expect(missing.headers['content-type']).toMatch(/application\/json/);
      expectRefusal(missing, 404);
      const icon = await app.inject({ method: 'GET', url: '/favicon-missing.png' });
      expect(icon.statusCode).toBe(404);
      const page = await app.inject({ method: 'GET', url: '/registry/businesses/123' });
      expect(page.statusCode).toBe(200);
      expect(page.headers['content-type']).toMatch(/text\/html/);
    } finally {
      await app.close();
      await database.close();
      await rm(webDir, { recursive: true, force: true });
    }
  });
});

describe('uploads left behind', () => {
  it('are removed at start when their process is gone; a live process keeps its own', async () => {
    const uploadDir = await mkdtemp(path.join(os.tmpdir(), 'bk-uploads-'));
    // A process that has ended: its pid is free (or reused by someone else's short-lived
    // process, which is harmless: only our name pattern is ever removed).
    const dead = spawnSync(process.execPath, [
      '-e',
      'process.stdout.write(String(process.pid))',
    ]).stdout.toString();
    const orphan = `${dead}-11111111-2222-4333-8444-555555555555`;
    const mine = `${process.pid}-11111111-2222-4333-8444-666666666666`;
    const otherLive = `${process.ppid}-11111111-2222-4333-8444-777777777777`;
    const unrelated = 'keep-me.txt';
    for (const name of [orphan, mine, otherLive, unrelated]) await writeFile(path.join(uploadDir, name), 'x');
    const database = await createTestDatabase();
    const app = await buildApp({
      config: testConfig({ UPLOAD_DIR: uploadDir }),
      database,
      logger: false,
    });
    try {
      await runStartupTasks(app);
      expect((await readdir(uploadDir)).sort()).toEqual([otherLive, unrelated].sort());
    } finally {
      await app.close();
      await database.close();
      await rm(uploadDir, { recursive: true, force: true });
    }
  });
});
