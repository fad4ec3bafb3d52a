import type { z } from 'zod';

/*
 * The route table's vocabulary. Each feature declares its endpoints once in `core/api/<f>.ts`;
 * the server registers handlers from that table (`server/lib/endpoints.ts`) and the web calls
 * through it (`web/src/lib/client.ts`), so no URL or response type is written twice.
 */

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

type Schema = z.ZodType;

export type Endpoint = {
  method: HttpMethod;
  /** Under `/api`, with `:name` parameters (Fastify syntax). */
  path: string;
  params?: Schema;
  query?: Schema;
  /** A JSON body. Uploads declare `upload` instead and send `multipart/form-data`. */
  body?: Schema;
  /** The multipart field names an upload expects (documentation and the web's FormData). */
  upload?: readonly string[];
  /** Answers by status; `null` for an answer without a JSON body. */
  responses: Readonly<Record<number, Schema | null>>;
  /** A file answer (XLSX, PDF, ZIP …): the web receives a Blob. */
  produces?: readonly string[];
  /** Reachable without a session. */
  public?: boolean;
  /** `false` for the few state-changing requests made before a session exists. */
  csrf?: boolean;
  /**
   * Safe to repeat: a request carrying an `Idempotency-Key` header runs once; a retry with the
   * same key (same person, same request) gets the stored answer (`server/lib/idempotency.ts`).
   * For work queued offline by the web's outbox. JSON answers only (not with `produces`).
   */
  idempotent?: boolean;
  tags: readonly string[];
  summary?: string;
  /** Left out of the OpenAPI document. */
  hide?: boolean;
};

export type Endpoints = Readonly<Record<string, Endpoint>>;

/** Declares a feature's route table, keeping each entry's literal types. */
export const defineEndpoints = <const T extends Endpoints>(table: T): T => table;

type Out<S> = S extends Schema ? z.output<S> : never;
type In<S> = S extends Schema ? z.input<S> : never;

export type ParamsOf<E extends Endpoint> = E['params'] extends Schema
  ? Out<E['params']>
  : Record<never, never>;
export type QueryOf<E extends Endpoint> = E['query'] extends Schema ? Out<E['query']> : Record<never, never>;
export type BodyOf<E extends Endpoint> = E['body'] extends Schema ? Out<E['body']> : undefined;

type SuccessStatus<E extends Endpoint> = Extract<keyof E['responses'], 200 | 201 | 202 | 204>;

/** What the server may answer (schema input: the serializer encodes it). */
export type ReplyOf<E extends Endpoint> = E['produces'] extends readonly string[]
  ? unknown
  : [SuccessStatus<E>] extends [never]
    ? unknown
    : In<E['responses'][SuccessStatus<E>]>;

/** What the web receives on success (JSON, or a Blob for a file). */
export type ResultOf<E extends Endpoint> = E['produces'] extends readonly string[]
  ? Blob
  : [SuccessStatus<E>] extends [never]
    ? unknown
    : Out<E['responses'][SuccessStatus<E>]>;

/** What a caller sends: path parameters, query and body as the schemas accept them. */
export type InputOf<E extends Endpoint> = (E['params'] extends Schema
  ? { params: In<E['params']> }
  : unknown) &
  (E['query'] extends Schema ? { query?: In<E['query']> } : unknown) &
  (E['body'] extends Schema ? { body: In<E['body']> } : unknown) &
  (E['upload'] extends readonly string[] ? { form: FormData } : unknown);

/** The 2xx status an endpoint answers when its handler does not choose another. */
export function defaultStatus(endpoint: Endpoint): number {
  const codes = Object.keys(endpoint.responses)
    .map(Number)
    .filter((code) => code >= 200 && code < 300)
    .sort((a, b) => a - b);
  return codes[0] ?? 200;
}

/** `/businesses/:id/owners/:ownerId` with its parameters, each URI-encoded. */
export function fillPath(path: string, params: Record<string, unknown> = {}): string {
  return path.replace(/:([A-Za-z0-9_]+)/g, (_m, name: string) => {
    const value = params[name];
    if (value === undefined || value === null) throw new Error(`missing path parameter ${name}`);
    return encodeURIComponent(String(value));
  });
}
