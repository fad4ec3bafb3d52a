import { type Endpoint, type Endpoints, fillPath, type InputOf, type ResultOf } from '#core/api/endpoint';
import { IDEMPOTENCY_HEADER } from '#core/schemas/idempotency';
import { api, type RequestOptions } from './api';
import { downloadFile, type UploadProgress, uploadForm } from './files';

/*
 * The web's one typed API client: every call names an endpoint of a route table in
 * `core/api/`, so its URL, input and answer type come from the contract the server registers.
 */

export type CallOptions = {
  signal?: AbortSignal;
  /** For an `idempotent` endpoint: the client's UUID for this piece of work (see lib/outbox). */
  idempotencyKey?: string;
};

type Loose = {
  params?: Record<string, unknown>;
  query?: RequestOptions['query'];
  body?: unknown;
  form?: FormData;
};

/** Arguments of a call: optional when the endpoint needs nothing. */
export type CallArgs<E extends Endpoint> =
  Record<never, never> extends InputOf<E>
    ? [input?: InputOf<E> & CallOptions]
    : [input: InputOf<E> & CallOptions];

function urlOf(endpoint: Endpoint, input: Loose) {
  return fillPath(endpoint.path, input.params);
}

/** Calls a JSON endpoint; throws ApiError with translated, field-level messages. */
export function call<E extends Endpoint>(endpoint: E, ...[input]: CallArgs<E>): Promise<ResultOf<E>> {
  const loose = (input ?? {}) as Loose & CallOptions;
  return api<ResultOf<E>>(urlOf(endpoint, loose), {
    method: endpoint.method,
    query: loose.query,
    body: loose.form ?? loose.body,
    signal: loose.signal,
    ...(loose.idempotencyKey ? { headers: { [IDEMPOTENCY_HEADER]: loose.idempotencyKey } } : {}),
  });
}

/** Saves the file a `produces` endpoint answers under the name the server suggests. */
export function download<E extends Endpoint>(endpoint: E, ...[input]: CallArgs<E>): Promise<void> {
  const loose = (input ?? {}) as Loose;
  return downloadFile(urlOf(endpoint, loose), loose.query as Record<string, string | number | undefined>);
}

/** Sends an upload endpoint's form with progress (a spreadsheet over 3G takes a while). */
export function upload<E extends Endpoint>(
  endpoint: E,
  input: InputOf<E> & CallOptions & { onProgress?: (p: UploadProgress) => void },
): Promise<ResultOf<E>> {
  const loose = input as Loose & CallOptions & { onProgress?: (p: UploadProgress) => void };
  if (!loose.form) throw new Error('upload needs a form');
  return uploadForm<ResultOf<E>>(urlOf(endpoint, loose), loose.form, {
    query: loose.query,
    onProgress: loose.onProgress,
    signal: loose.signal,
  });
}

export type Client<T extends Endpoints> = {
  [K in keyof T]: (...args: CallArgs<T[K]>) => Promise<ResultOf<T[K]>>;
};

/** A feature's table as functions: `usersClient.list({ query })`. */
export function clientOf<T extends Endpoints>(table: T): Client<T> {
  return Object.fromEntries(
    Object.entries(table).map(([name, endpoint]) => [
      name,
      (...args: CallArgs<Endpoint>) => call(endpoint, ...args),
    ]),
  ) as unknown as Client<T>;
}
