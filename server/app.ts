import { existsSync } from 'node:fs';
import path from 'node:path';
import { constants as zlib } from 'node:zlib';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Permission } from '#core/schemas/auth';
import { setOfficeTimeZone } from '#core/time';
import type { Config } from './config';
import type { Database } from './db/client';
import { registerAuth } from './features/auth/routes/session-hook';
import catalogPages from './features/catalog/routes/pages';
import { onVisitApproved, useScheduleSource as wireScheduleSource } from './features/monitoring/service';
import { needsFromApprovedVisit, supportFromTraining } from './features/needs/service';
import { cohortSchedules, onEventFinished } from './features/training/service';
import type { Actor } from './lib/context';
import { clientErrorHandler, frameworkErrors, registerErrorHandler } from './lib/error-handler';
import { AppError } from './lib/errors';
import { type RoutesPlugin, zodValidatorCompiler } from './lib/http';
import { registerJsonBodyParser } from './lib/json-body';
import { permissionsOf } from './permissions';
import { FEATURE_ROUTES } from './routes';
import testingRoutes from './testing/routes';

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
    database: Database;
    /** Every route with its access flags, so a test can check that none is left open. */
    routeTable: RouteInfo[];
    /** What a signed-in person may do, from every feature's policy. */
    permissionsOf: (actor: Actor) => Permission[];
  }
}

export type RouteInfo = { method: string; url: string; public: boolean; csrf: boolean };

export type BuildOptions = {
  config: Config;
  database: Database;
  logger?: FastifyServerOptions['logger'];
  /** Extra routes under /api (tests mount small test-only endpoints this way). */
  routes?: RoutesPlugin[];
};

export async function buildApp({ config, database, logger, routes: extraRoutes = [] }: BuildOptions) {
  setOfficeTimeZone(config.OFFICE_TIME_ZONE);
  // Monitoring follows up the cohorts training enrolled when their events finished.
  wireScheduleSource(cohortSchedules);
  // Needs observed in an approved visit enter the needs inventory; a finished training event is
  // support given to its participants' businesses (both inside the triggering transaction).
  onVisitApproved(needsFromApprovedVisit);
  onEventFinished(supportFromTraining);
  const app = Fastify({
    logger: logger ?? {
      level: config.LOG_LEVEL,
      redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]'],
    },
    trustProxy: config.TRUST_PROXY,
    bodyLimit: 2 * 1024 * 1024,
    // Errors the router raises before any hook (bad URL, over-long parameter) and requests too
    // broken to parse answer in the one documented error shape too.
    frameworkErrors,
    clientErrorHandler,
  }).withTypeProvider<ZodTypeProvider>();

  app.decorate('config', config);
  app.decorate('database', database);
  app.decorate('permissionsOf', permissionsOf);
  app.setValidatorCompiler(zodValidatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  registerJsonBodyParser(app);

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Mantine sets inline style attributes.
        styleSrc: ["'self'", "'unsafe-inline'"],
        // Map tiles of the registry map (OpenStreetMap); the map still plots points without them.
        imgSrc: ["'self'", 'data:', 'blob:', 'https://tile.openstreetmap.org'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        mediaSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: config.cookieSecure ? [] : null,
      },
    },
    strictTransportSecurity: config.cookieSecure,
  });
  await app.register(rateLimit, {
    max: config.RATE_LIMIT_PER_MINUTE,
    timeWindow: '1 minute',
    // The web app's built files are not limited: one page load fetches dozens of route chunks, and
    // a whole office behind one address would otherwise lock itself out of the app shell.
    allowList: (request) => isStaticFile(request.method, request.url),
    errorResponseBuilder: (_req, ctx) =>
      new AppError('rate_limited', undefined, { details: { retryAfterSeconds: Math.ceil(ctx.ttl / 1000) } }),
  });
  await app.register(multipart, { limits: { fileSize: 50 * 1024 * 1024, files: 1 } });
  // The web app's files and the read-only API docs are public; everything else under /api is not.
  const routeTable: RouteInfo[] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api') || route.url.startsWith('/api/docs')) {
      route.config = { ...(route.config ?? {}), public: true };
    }
    for (const method of [route.method].flat()) {
      routeTable.push({
        method,
        url: route.url,
        public: Boolean(route.config?.public),
        csrf: route.config?.csrf !== false,
      });
    }
  });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Bina Kriya API',
        version: '1.0.0',
        description: 'Registry, training, monitoring, needs, electroforming and catalog for IKM.',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'bk_session' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    uiHooks: {},
    staticCSP: true,
    transformSpecificationClone: true,
  });

  await registerAuth(app);

  await app.register(
    async (api) => {
      // API answers (JSON lists, the OpenAPI document) are compressed on the fly above 1 KB; the
      // web app's files are compressed once at build time instead (preCompressed below).
      await api.register(compress, {
        global: true,
        globalDecompression: false,
        threshold: 1024,
        encodings: ['br', 'gzip'],
        // Brotli's default level (11) is for build time; 4 is as fast as gzip and still smaller.
        brotliOptions: { params: { [zlib.BROTLI_PARAM_QUALITY]: 4 } },
      });
      for (const routes of FEATURE_ROUTES as RoutesPlugin[]) await api.register(routes);
      if (config.TEST_ROUTES) await api.register(testingRoutes);
      for (const routes of extraRoutes) await api.register(routes);
    },
    { prefix: '/api' },
  );
  // The buyers' catalog pages live outside /api (server-rendered HTML, sitemap, robots.txt).
  await app.register(catalogPages);

  await registerWeb(app, config);
  return app;
}

async function registerWeb(app: FastifyInstance, config: Config) {
  const indexFile = path.join(config.webDir, 'index.html');
  const hasWeb = existsSync(indexFile);
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: config.webDir,
      wildcard: false,
      index: false,
      // The build writes .br and .gz twins (scripts/precompress.ts); the browser gets the one it accepts.
      preCompressed: true,
      // Hashed assets never change; index.html must always be revalidated.
      setHeaders: (res, filePath) => {
        if (filePath.includes(`${path.sep}assets${path.sep}`))
          res.header('cache-control', 'public, max-age=31536000, immutable');
        else res.header('cache-control', 'no-cache');
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    // Client-side routes get the app; a missing file (an old hashed asset, a typo) is a 404,
    // never index.html answered as JavaScript.
    const wantsHtml =
      request.method === 'GET' && hasWeb && !request.url.startsWith('/api') && !isFileRequest(request.url);
    if (wantsHtml) return reply.header('cache-control', 'no-cache').sendFile('index.html');
    throw new AppError('not_found');
  });
}

/** A path naming a file (`/assets/app-1a2b.js`, `/favicon.ico`) rather than a page of the app. */
export function isFileRequest(url: string): boolean {
  const pathname = url.split('?')[0];
  return pathname.startsWith('/assets/') || /\.[a-z0-9]{1,8}$/i.test(pathname);
}

/** A built file of the web app (hashed assets, icons, top-level files such as sw.js). */
export function isStaticFile(method: string, url: string): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  const path = url.split('?')[0] ?? '';
  return (
    path.startsWith('/assets/') ||
    path.startsWith('/icons/') ||
    /^\/[\w.-]+\.(js|css|svg|png|ico|webmanifest|json|txt)$/.test(path)
  );
}
