import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, type RouteObject, RouterProvider } from 'react-router';
import { vi } from 'vitest';
import type { Endpoint, ResultOf } from '#core/api/endpoint';
import type { MeResponse, Permission } from '#core/schemas/auth';
import type { Role } from '#core/schemas/common';
import { i18n, setLocale } from '#web/lib/i18n';
import { ModalsReady } from '#web/lib/modals';
import { theme } from '#web/lib/theme';

export { setWide } from './media';

/*
 * Component tests render a page as the app does (Mantine, i18n, TanStack Query, a router) with
 * the API answered by stubs keyed on the route table, so a test names endpoints, not URLs.
 */

type StubAnswer = { status?: number; body?: unknown };
type Route = Pick<Endpoint, 'method' | 'path'>;
type Stub = {
  endpoint: Route;
  answer: (request: { url: URL; body: unknown; params: Record<string, string> }) => StubAnswer | unknown;
};

export type ApiCall = { method: string; path: string; query: URLSearchParams; body: unknown };

function match(pattern: string, pathname: string): Record<string, string> | null {
  const names: string[] = [];
  const source = pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:([A-Za-z0-9_]+)/g, (_m, n) => {
    names.push(n);
    return '([^/]+)';
  });
  const m = new RegExp(`^/api${source}$`).exec(pathname);
  if (!m) return null;
  return Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(m[i + 1])]));
}

/** Answers `endpoint` with `body` (or what `answer` returns); `{ status, body }` for an error. */
export function stub<E extends Endpoint | Route>(
  endpoint: E,
  answer:
    | (E extends Endpoint ? ResultOf<E> : unknown)
    | StubAnswer
    | ((request: { url: URL; body: unknown; params: Record<string, string> }) => unknown),
): Stub {
  return { endpoint, answer: typeof answer === 'function' ? (answer as Stub['answer']) : () => answer };
}

/**
 * Answers a paged list endpoint: `items` as the page asked for (`?page=`, 1 by default) of
 * `total` rows, 25 a page; with `total` 0 the list is empty.
 */
export function stubPage<E extends Endpoint>(endpoint: E, items: unknown[], total = items.length): Stub {
  return stub(endpoint as Route, ({ url }) => ({
    items: total === 0 ? [] : items,
    total,
    page: Number(url.searchParams.get('page') ?? 1),
    pageSize: 25,
  }));
}

/** The query string of the last call to `path` (e.g. '/api/needs'). */
export const lastQuery = (calls: ApiCall[], path: string): URLSearchParams | undefined =>
  calls.filter((c) => c.path === path).at(-1)?.query;

/** An API error answer in the server's format. */
export function apiError(
  status: number,
  code: string,
  message: string,
  fields: { path: string; message: string }[] = [],
) {
  return { status, body: { error: { code, message, details: fields.length ? { fields } : undefined } } };
}

/** Replaces fetch with the stubs; unknown calls fail the test loudly. Returns the calls seen. */
export function stubApi(stubs: Stub[]): ApiCall[] {
  const calls: ApiCall[] = [];
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://localhost');
    const method = (init.method ?? 'GET').toUpperCase();
    const body = typeof init.body === 'string' ? JSON.parse(init.body) : init.body;
    calls.push({ method, path: url.pathname, query: url.searchParams, body });
    for (const s of stubs) {
      if (s.endpoint.method !== method) continue;
      const params = match(s.endpoint.path, url.pathname);
      if (!params) continue;
      const result = s.answer({ url, body, params });
      const isAnswer =
        result !== null && typeof result === 'object' && 'status' in result && 'body' in result;
      const status = isAnswer ? ((result as StubAnswer).status ?? 200) : 200;
      const payload = isAnswer ? (result as StubAnswer).body : result;
      return new Response(payload === undefined ? null : JSON.stringify(payload), {
        status,
        headers: { 'content-type': 'application/json' },
      });
    }
    throw new Error(`no stub for ${method} ${url.pathname}`);
  });
  return calls;
}

const ALL_PERMISSIONS: Record<Role, Permission[]> = {
  admin: [
    'users.manage',
    'audit.read',
    'registry.browse',
    'registry.create',
    'registry.import',
    'registry.merge',
    'registry.personal_data',
    'electroforming.records',
    'electroforming.summary',
    'electroforming.settings',
    'monitoring.visits',
    'monitoring.review',
    'monitoring.forms',
    'monitoring.funnel',
  ],
  officer: [
    'registry.browse',
    'registry.create',
    'registry.import',
    'electroforming.summary',
    'monitoring.visits',
    'monitoring.funnel',
  ],
  trainer: [],
  ikm_owner: ['registry.own', 'electroforming.records', 'electroforming.records_write', 'monitoring.own'],
};

/** A signed-in session as `GET /api/auth/me` answers it. */
export function sessionOf(role: Role, overrides: Partial<MeResponse['user']> = {}): MeResponse {
  return {
    user: {
      id: '00000000-0000-4000-8000-000000000001',
      email: `${role}@contoh.id`,
      name: `Uji ${role}`,
      role,
      kecamatanCodes: role === 'officer' ? ['35.73.05'] : [],
      locale: 'id',
      ...overrides,
    },
    csrfToken: 'csrf',
    permissions: ALL_PERMISSIONS[role],
    office: { timeZone: 'Asia/Jakarta' },
  };
}

export type RenderOptions = {
  /** The URL the page opens at, and the route pattern it is mounted under. */
  route?: string;
  path?: string;
  session?: MeResponse | null;
  locale?: 'id' | 'en';
  /** A route tree (e.g. the app's ROUTES) to render instead of `ui` at `path`. */
  routes?: RouteObject[];
  /** false: only the catalogs the app ships with are in, as on a first visit (default: all). */
  allCatalogs?: boolean;
};

/** Renders `ui` inside the app's providers; returns Testing Library's queries and a user. */
export async function renderPage(ui: ReactElement | null, options: RenderOptions = {}) {
  if (options.allCatalogs !== false) await setLocale(options.locale ?? 'id');
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  if (options.session !== undefined) client.setQueryData(['me'], options.session);
  const router = createMemoryRouter(options.routes ?? [{ path: options.path ?? '*', element: ui }], {
    initialEntries: [options.route ?? '/'],
  });
  const user = userEvent.setup();
  const view = render(
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme}>
        <QueryClientProvider client={client}>
          <ModalsProvider>
            <Notifications />
            <RouterProvider router={router} />
          </ModalsProvider>
          <ModalsReady />
        </QueryClientProvider>
      </MantineProvider>
    </I18nextProvider>,
  );
  return { ...view, user, router, client };
}
