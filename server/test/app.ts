import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app';
import { type Config, parseEnv } from '../config';
import type { Database } from '../db/client';
import type { RoutesPlugin } from '../lib/http';
import { createTestDatabase } from './db';

export function testConfig(overrides: Record<string, string> = {}): Config {
  const env = parseEnv({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: '100000',
    ...overrides,
  });
  const { SESSION_SECRET: _s, ENCRYPTION_KEY: _e, COOKIE_SECURE: _c, ...rest } = env;
  return {
    ...rest,
    dataDir: '/nonexistent',
    db: { kind: 'pglite', dir: null },
    secrets: {
      sessionSecret: 'test-session-secret-0123456789abcdef0123456789',
      encryptionKey: 'test-encryption-key-0123456789abcdef0123456789',
    },
    cookieSecure: false,
    webDir: '/nonexistent',
  };
}

export type TestApp = {
  app: FastifyInstance;
  database: Database;
  config: Config;
  close(): Promise<void>;
};

export async function createTestApp(
  envOverrides: Record<string, string> = {},
  options: { routes?: RoutesPlugin[] } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = testConfig(envOverrides);
  const app = await buildApp({ config, database, logger: false, routes: options.routes });
  await app.ready();
  return {
    app,
    database,
    config,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A signed-in browser: keeps the cookies and echoes the CSRF token like the web app does. */
export class Client {
  cookies = new Map<string, string>();
  constructor(readonly app: FastifyInstance) {}

  get csrf(): string | undefined {
    return this.cookies.get('bk_csrf');
  }

  async request(method: Method, url: string, options: Omit<InjectOptions, 'method' | 'url'> = {}) {
    const headers: Record<string, string> = { ...(options.headers as Record<string, string>) };
    if (this.cookies.size > 0 && !('cookie' in headers)) {
      headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    }
    if (method !== 'GET' && this.csrf && !('x-csrf-token' in headers)) headers['x-csrf-token'] = this.csrf;
    const response = await this.app.inject({ ...options, method, url, headers });
    this.absorb(response);
    return response;
  }

  private absorb(response: LightMyRequestResponse) {
    for (const c of response.cookies as { name: string; value: string; expires?: Date; maxAge?: number }[]) {
      const expired = (c.expires && c.expires.getTime() <= Date.now()) || c.maxAge === 0 || c.value === '';
      if (expired) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
  }

  get = (url: string, options?: Omit<InjectOptions, 'method' | 'url'>) => this.request('GET', url, options);
  post = (url: string, payload?: unknown, options: Omit<InjectOptions, 'method' | 'url'> = {}) =>
    this.request('POST', url, {
      ...options,
      ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }),
    });
  patch = (url: string, payload?: unknown, options: Omit<InjectOptions, 'method' | 'url'> = {}) =>
    this.request('PATCH', url, { ...options, payload: payload as InjectOptions['payload'] });
  put = (url: string, payload?: unknown, options: Omit<InjectOptions, 'method' | 'url'> = {}) =>
    this.request('PUT', url, { ...options, payload: payload as InjectOptions['payload'] });
  delete = (url: string, options?: Omit<InjectOptions, 'method' | 'url'>) =>
    this.request('DELETE', url, options);
}
