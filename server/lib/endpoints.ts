import type { FastifyReply, FastifyRequest, RouteShorthandOptions } from 'fastify';
import {
  type BodyOf,
  defaultStatus,
  type Endpoint,
  type Endpoints,
  type ParamsOf,
  type QueryOf,
  type ReplyOf,
} from '#core/api/endpoint';
import { IdempotencyHeaders } from '#core/schemas/idempotency';
import type { App } from './http';
import { idempotencyHooks } from './idempotency';

export type EndpointRequest<E extends Endpoint> = FastifyRequest<{
  Params: ParamsOf<E>;
  Querystring: QueryOf<E>;
  Body: BodyOf<E>;
}>;

/**
 * One endpoint's handler: parse (done by the schema) → authorize → one service call → the
 * declared answer. It returns the body of the endpoint's first 2xx status, or the reply
 * it sent itself (another status, headers, a file).
 */
export type Handler<E extends Endpoint> = (
  request: EndpointRequest<E>,
  reply: FastifyReply,
) => Promise<ReplyOf<E> | FastifyReply>;

/** A handler for every entry of the table: a missing one is a type error. */
export type Handlers<T extends Endpoints> = { [K in keyof T]: Handler<T[K]> };

/** Per-route Fastify options the table does not describe (log level, body limit). */
export type RouteExtras = Pick<RouteShorthandOptions, 'logLevel' | 'bodyLimit'>;

function schemaOf(endpoint: Endpoint) {
  const response = Object.fromEntries(
    Object.entries(endpoint.responses).filter((entry): entry is [string, NonNullable<(typeof entry)[1]>] =>
      Boolean(entry[1]),
    ),
  );
  return {
    tags: [...endpoint.tags],
    ...(endpoint.summary ? { summary: endpoint.summary } : {}),
    ...(endpoint.hide ? { hide: true } : {}),
    ...(endpoint.params ? { params: endpoint.params } : {}),
    ...(endpoint.idempotent ? { headers: IdempotencyHeaders } : {}),
    ...(endpoint.query ? { querystring: endpoint.query } : {}),
    ...(endpoint.body ? { body: endpoint.body } : {}),
    ...(Object.keys(response).length > 0 ? { response } : {}),
    ...(endpoint.produces ? { produces: [...endpoint.produces] } : {}),
  };
}

/** Registers every endpoint of a feature's table with its handler. */
export function registerEndpoints<T extends Endpoints>(
  app: App,
  table: T,
  handlers: Handlers<T>,
  extras: Partial<Record<keyof T, RouteExtras>> = {},
) {
  for (const name of Object.keys(table) as (keyof T & string)[]) {
    const endpoint = table[name];
    const handler = handlers[name] as Handler<Endpoint>;
    const status = defaultStatus(endpoint);
    if (endpoint.idempotent && endpoint.produces)
      throw new Error(`${name}: an idempotent endpoint answers JSON (stored for replays), not files`);
    const config = {
      ...(endpoint.public ? { public: true } : {}),
      ...(endpoint.csrf === false ? { csrf: false } : {}),
    };
    app.route({
      method: endpoint.method,
      url: endpoint.path,
      ...(Object.keys(config).length > 0 ? { config } : {}),
      ...extras[name],
      ...(endpoint.idempotent ? idempotencyHooks(endpoint.path) : {}),
      schema: schemaOf(endpoint),
      handler: async (request, reply) => {
        reply.status(status);
        return handler(request as EndpointRequest<Endpoint>, reply);
      },
    });
  }
}
