import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseEnv } from './config';

describe('configuration', () => {
  it('has working defaults: port 3000, ./data, PGlite, Kota Malang', () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ PORT: 3000, DATA_DIR: './data', HOME_REGION_CODE: '35.73' });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it('names the variable that is wrong', () => {
    expect(() => parseEnv({ PORT: 'abc' })).toThrow(ConfigError);
    expect(() => parseEnv({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => parseEnv({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => parseEnv({ SESSION_SECRET: 'short' })).toThrow(/SESSION_SECRET/);
    expect(() => parseEnv({ HOME_REGION_CODE: 'Malang' })).toThrow(/HOME_REGION_CODE/);
    expect(() => parseEnv({ IDEMPOTENCY_RETENTION_HOURS: '0' })).toThrow(/IDEMPOTENCY_RETENTION_HOURS/);
  });

  it('keeps idempotency keys 30 days unless told otherwise; test routes never in production', () => {
    expect(parseEnv({}).IDEMPOTENCY_RETENTION_HOURS).toBe(720);
    expect(parseEnv({}).TEST_ROUTES).toBe(false);
    expect(parseEnv({ TEST_ROUTES: 'true' }).TEST_ROUTES).toBe(true);
    expect(() => parseEnv({ NODE_ENV: 'production', TEST_ROUTES: 'true' })).toThrow(/TEST_ROUTES/);
  });

  it('switches to PostgreSQL with DATABASE_URL', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bk-config-'));
    const config = loadConfig({ DATA_DIR: dir, DATABASE_URL: 'postgres://u@localhost/db' });
    expect(config.db).toEqual({ kind: 'postgres', url: 'postgres://u@localhost/db' });
  });

  it('generates secrets once into the data directory, private to the owner, and reuses them', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bk-config-'));
    const first = loadConfig({ DATA_DIR: dir });
    const file = path.join(dir, 'secrets.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(first.secrets.sessionSecret.length).toBeGreaterThanOrEqual(32);
    const second = loadConfig({ DATA_DIR: dir });
    expect(second.secrets).toEqual(first.secrets);
  });

  it('prefers secrets from the environment and does not write them to disk', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bk-config-'));
    const given = 'x'.repeat(40);
    const config = loadConfig({ DATA_DIR: dir, SESSION_SECRET: given, ENCRYPTION_KEY: given });
    expect(config.secrets).toEqual({ sessionSecret: given, encryptionKey: given });
    expect(() => readFileSync(path.join(dir, 'secrets.json'))).toThrow();
  });
});
