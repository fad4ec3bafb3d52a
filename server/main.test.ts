import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { withDatabase } from './test/urls';

const ROOT = path.resolve(import.meta.dirname, '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

type Running = { proc: ChildProcess; output: () => string; url: string };
const running: ChildProcess[] = [];

afterEach(() => {
  for (const p of running.splice(0)) p.kill('SIGKILL');
});

function start(env: Record<string, string>): Running {
  let out = '';
  const proc = spawn(TSX, ['server/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', LOG_LEVEL: 'info', ...env },
  });
  running.push(proc);
  proc.stdout?.on('data', (d) => (out += d));
  proc.stderr?.on('data', (d) => (out += d));
  return { proc, output: () => out, url: `http://127.0.0.1:${env.PORT}` };
}

async function waitHealthy(r: Running, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (r.proc.exitCode !== null) throw new Error(`server exited: ${r.output()}`);
    try {
      const res = await fetch(`${r.url}/api/health`);
      if (res.ok) return res.json();
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`server did not become healthy: ${r.output()}`);
}

async function stop(r: Running) {
  const exited = new Promise((resolve) => r.proc.once('exit', resolve));
  r.proc.kill('SIGTERM');
  await exited;
}

/**
 * A port nobody listens on, below Linux's ephemeral range (32768–60999): a port in that range
 * can be taken meanwhile by any outgoing connection (CI once lost 35192 to one: EADDRINUSE).
 */
async function port() {
  for (;;) {
    const candidate = 20_000 + Math.floor(Math.random() * 12_000);
    const free = await new Promise<boolean>((resolve) => {
      const probe = net.createServer();
      probe.once('error', () => resolve(false));
      probe.listen(candidate, '0.0.0.0', () => probe.close(() => resolve(true)));
    });
    if (free) return String(candidate);
  }
}

describe('the server process', () => {
  it('refuses to start on a wrong setting and names it', async () => {
    const r = start({ PORT: 'not-a-port', DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'bk-main-')) });
    const code = await new Promise((resolve) => r.proc.once('exit', resolve));
    expect(code).toBe(1);
    expect(r.output()).toContain('PORT');
  });

  it('starts on PGlite in DATA_DIR, and after a restart keeps accounts and sessions', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'bk-main-'));
    const env = { PORT: await port(), DATA_DIR: dataDir };
    const first = start(env);
    expect(await waitHealthy(first)).toEqual({ status: 'ok', db: 'pglite' });
    const setup = await fetch(`${first.url}/api/auth/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Admin', email: 'admin@contoh.id', password: 'rahasia-admin-123' }),
    });
    expect(setup.status).toBe(201);
    const cookie = setup.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    await stop(first);

    const second = start(env);
    await waitHealthy(second);
    const me = await fetch(`${second.url}/api/auth/me`, { headers: { cookie } });
    expect(me.status).toBe(200);
    expect((await fetch(`${second.url}/api/auth/setup`)).status).toBe(200);
    expect(await (await fetch(`${second.url}/api/auth/setup`)).json()).toEqual({ setupRequired: false });
    const secrets = JSON.parse(readFileSync(path.join(dataDir, 'secrets.json'), 'utf8'));
    expect(second.output()).not.toContain(secrets.sessionSecret);
    expect(second.output()).not.toContain(cookie.split('=')[1].split(';')[0]);
    await stop(second);
  }, 120_000);

  it.runIf(Boolean(process.env.TEST_DATABASE_URL))(
    'switches to PostgreSQL with DATABASE_URL and migrates it at boot',
    async () => {
      const adminUrl = process.env.TEST_DATABASE_URL as string;
      const name = `bk_boot_${Date.now()}`;
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      try {
        const r = start({
          PORT: await port(),
          DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'bk-main-')),
          DATABASE_URL: withDatabase(adminUrl, name),
        });
        expect(await waitHealthy(r)).toEqual({ status: 'ok', db: 'postgres' });
        expect(await (await fetch(`${r.url}/api/auth/setup`)).json()).toEqual({ setupRequired: true });
        await stop(r);
      } finally {
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      }
    },
    120_000,
  );
});
