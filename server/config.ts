import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_OFFICE_TIME_ZONE, isTimeZone } from '#core/time';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const secret = z.string().min(32, 'must be at least 32 characters (e.g. `openssl rand -base64 48`)');

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATA_DIR: z.string().min(1).default('./data'),
  /** Uploads being imported; what a killed process left here is removed at the next start. */
  UPLOAD_DIR: z
    .string()
    .min(1)
    .default(path.join(os.tmpdir(), 'bina-kriya-uploads'))
    .transform((dir) => path.resolve(dir)),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// connection string')
    .optional(),
  SESSION_SECRET: secret.optional(),
  ENCRYPTION_KEY: secret.optional(),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(60 * 24 * 30)
    .default(8 * 60),
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(7 * 24),
  COOKIE_SECURE: bool.optional(),
  TRUST_PROXY: bool.default(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  HOME_REGION_CODE: z
    .string()
    .regex(/^\d{2}\.\d{2}$/, 'must be a Kemendagri regency/city code like 35.73')
    .default('35.73'),
  OFFICE_TIME_ZONE: z
    .string()
    .default(DEFAULT_OFFICE_TIME_ZONE)
    .refine(isTimeZone, 'must be an IANA time zone such as Asia/Jakarta'),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(10).default(600),
  LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
  LOGIN_MAX_FAILURES_PER_IP: z.coerce.number().int().min(1).default(30),
  LOGIN_MAX_FAILURES_PER_ACCOUNT_UNKNOWN_ADDRESSES: z.coerce.number().int().min(1).default(50),
  LOGIN_LOCK_MINUTES: z.coerce.number().int().min(1).default(15),
  /** How long an Idempotency-Key's answer is kept for replays; longer than a phone stays offline. */
  IDEMPOTENCY_RETENTION_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 365)
    .default(30 * 24),
  /** Mounts the test-only probe endpoints (`/api/testing/*`) for the end-to-end journeys; never in production. */
  TEST_ROUTES: bool.default(false),
  /** Where public pages say they live (canonical and OpenGraph URLs); else the request's host. */
  PUBLIC_URL: z
    .string()
    .regex(/^https?:\/\/[^/]+$/, 'must be an origin like https://katalog.malangkota.go.id (no path)')
    .optional(),
  /** `file`: mails land in MAIL_OUTBOX_DIR (default DATA_DIR/outbox) as .eml; `smtp`: sent via SMTP_URL. */
  MAIL_TRANSPORT: z.enum(['file', 'smtp']).default('file'),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Bina Kriya <no-reply@localhost>'),
  MAIL_OUTBOX_DIR: z.string().min(1).optional(),
  /** The office's address that receives a copy of every buyer inquiry. */
  MAIL_OFFICE_TO: z.email().optional(),
  /** Buyer inquiries accepted per sender (and per e-mail address) per hour. */
  INQUIRY_LIMIT_PER_HOUR: z.coerce.number().int().min(1).default(5),
});

export type Env = z.infer<typeof EnvSchema>;

const checkedEnv = EnvSchema.refine((env) => env.MAIL_TRANSPORT !== 'smtp' || env.SMTP_URL, {
  path: ['SMTP_URL'],
  message: 'is required when MAIL_TRANSPORT=smtp',
});

export type Secrets = { sessionSecret: string; encryptionKey: string };

export type Config = Omit<Env, 'SESSION_SECRET' | 'ENCRYPTION_KEY' | 'COOKIE_SECURE'> & {
  dataDir: string;
  db: { kind: 'pglite'; dir: string | null } | { kind: 'postgres'; url: string };
  secrets: Secrets;
  cookieSecure: boolean;
  webDir: string;
};

export class ConfigError extends Error {}

/** Parses the environment once; a wrong value names the variable and stops the boot. */
export function parseEnv(env: NodeJS.ProcessEnv): Env {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const result = checkedEnv
    .refine((e) => !(e.TEST_ROUTES && e.NODE_ENV === 'production'), {
      path: ['TEST_ROUTES'],
      message: 'must not be enabled in production',
    })
    .safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return result.data;
}

/**
 * Secrets not given in the environment are generated once into DATA_DIR/secrets.json
 * (mode 0600) so sessions and encrypted NIKs survive restarts. They are never logged.
 */
export function loadSecrets(env: Env, dataDir: string): Secrets {
  const file = path.join(dataDir, 'secrets.json');
  let stored: Partial<Secrets> = {};
  if (existsSync(file)) {
    try {
      stored = JSON.parse(readFileSync(file, 'utf8')) as Partial<Secrets>;
    } catch {
      throw new ConfigError(`${file} is not valid JSON; restore it from a backup or remove it to start over`);
    }
  }
  const secrets: Secrets = {
    sessionSecret: env.SESSION_SECRET ?? stored.sessionSecret ?? randomBytes(48).toString('base64'),
    encryptionKey: env.ENCRYPTION_KEY ?? stored.encryptionKey ?? randomBytes(48).toString('base64'),
  };
  const toStore: Partial<Secrets> = {};
  if (!env.SESSION_SECRET) toStore.sessionSecret = secrets.sessionSecret;
  if (!env.ENCRYPTION_KEY) toStore.encryptionKey = secrets.encryptionKey;
  const changed =
    toStore.sessionSecret !== stored.sessionSecret || toStore.encryptionKey !== stored.encryptionKey;
  if (Object.keys(toStore).length > 0 && changed) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, `${JSON.stringify({ ...stored, ...toStore }, null, 2)}\n`, { mode: 0o600 });
  }
  return secrets;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = parseEnv(env);
  const dataDir = path.resolve(parsed.DATA_DIR);
  const { SESSION_SECRET: _s, ENCRYPTION_KEY: _e, COOKIE_SECURE, ...rest } = parsed;
  return {
    ...rest,
    dataDir,
    db: parsed.DATABASE_URL
      ? { kind: 'postgres', url: parsed.DATABASE_URL }
      : { kind: 'pglite', dir: path.join(dataDir, 'pglite') },
    secrets: loadSecrets(parsed, dataDir),
    cookieSecure: COOKIE_SECURE ?? parsed.NODE_ENV === 'production',
    webDir: path.resolve(import.meta.dirname, '..', 'dist', 'web'),
  };
}
