import { createHash, randomUUID } from 'node:crypto';
import { and, eq, isNull, lt, sql } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest, onSendAsyncHookHandler } from 'fastify';
import { IDEMPOTENT_REPLAY_HEADER } from '#core/schemas/idempotency';
import type { Queryable } from '../db/client';
import { idempotencyKeys } from '../db/schema';
import { AppError } from './errors';

/*
 * Idempotent endpoints (`idempotent: true` in a route table; wired by `registerEndpoints`).
 *
 * A request with an `Idempotency-Key` first CLAIMS the key with one INSERT … ON CONFLICT
 * statement: of two requests in flight with the same key, exactly one gets the row; the other
 * is told the work is in progress (409, retry later). The claimer's handler runs; its 2xx answer
 * is stored before it is sent, and later requests with the same key, person and request get
 * that answer back (a 201 replays as 200: nothing new was created). The same key with a
 * different request is refused (422). An error answer is not stored: the claim is released, so
 * the client may correct the request and send it again with the same key.
 *
 * A claim left by a crashed process is taken over after STALE_CLAIM_SECONDS. Whether the
 * crashed handler had committed cannot be known here, so an endpoint whose effect must never
 * happen twice also keys its rows by the client's UUID (a visit's id, a scan's clientId).
 */

/** A claim without an answer this old belongs to a request that died; it may be taken over. */
export const STALE_CLAIM_SECONDS = 5 * 60;

/** Seconds a client is asked to wait before retrying while the first request still runs. */
const IN_PROGRESS_RETRY_SECONDS = 2;

declare module 'fastify' {
  interface FastifyRequest {
    /** The claim this request holds on its Idempotency-Key, until its answer is stored. */
    idempotencyClaim?: Claim;
  }
}

type Claim = { scope: string; key: string; token: string };

export type StoredAnswer = { statusCode: number; contentType: string | null; body: string };

export type ClaimOutcome =
  | { kind: 'claimed'; claim: Claim }
  | { kind: 'replay'; answer: StoredAnswer }
  | { kind: 'in_progress' }
  | { kind: 'mismatch' };

export type ClaimInput = {
  scope: string;
  key: string;
  requestHash: string;
  endpoint: string;
  retentionHours: number;
};

/** JSON with object keys sorted at every depth, so equal requests hash equally. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(
        Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)),
      );
    }
    return v;
  });
}

/** What makes two requests "the same": method, route, parameters, query and body (as parsed). */
export function requestHashOf(
  request: Pick<FastifyRequest, 'method' | 'params' | 'query' | 'body'>,
  route: string,
) {
  const text = canonicalJson({
    method: request.method,
    route,
    params: request.params ?? null,
    query: request.query ?? null,
    body: request.body ?? null,
  });
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Claims `key` for this request in one statement: a new key, an expired one, or a stale claim
 * of the same request becomes ours; anything else tells what the other request left.
 */
export async function claimKey(db: Queryable, input: ClaimInput): Promise<ClaimOutcome> {
  const t = idempotencyKeys;
  for (let attempt = 0; attempt < 5; attempt++) {
    const token = randomUUID();
    const expiresAt = sql`now() + make_interval(hours => ${input.retentionHours}::int)`;
    const claimed = await db
      .insert(t)
      .values({
        scope: input.scope,
        key: input.key,
        requestHash: input.requestHash,
        endpoint: input.endpoint,
        claimToken: token,
        expiresAt,
      })
      .onConflictDoUpdate({
        target: [t.scope, t.key],
        set: {
          requestHash: input.requestHash,
          endpoint: input.endpoint,
          claimToken: token,
          claimedAt: sql`now()`,
          statusCode: null,
          contentType: null,
          responseBody: null,
          completedAt: null,
          expiresAt,
        },
        setWhere: sql`${t.expiresAt} <= now() OR (${t.statusCode} IS NULL AND ${t.requestHash} = ${input.requestHash}
          AND ${t.claimedAt} < now() - make_interval(secs => ${STALE_CLAIM_SECONDS}::int))`,
      })
      .returning({ token: t.claimToken });
    if (claimed[0]?.token === token)
      return { kind: 'claimed', claim: { scope: input.scope, key: input.key, token } };

    const [row] = await db
      .select()
      .from(t)
      .where(and(eq(t.scope, input.scope), eq(t.key, input.key)));
    // Released between the two statements (the first request failed): claim again.
    if (!row) continue;
    if (row.requestHash !== input.requestHash) return { kind: 'mismatch' };
    if (row.statusCode === null || row.responseBody === null) return { kind: 'in_progress' };
    return {
      kind: 'replay',
      answer: { statusCode: row.statusCode, contentType: row.contentType, body: row.responseBody },
    };
  }
  return { kind: 'in_progress' };
}

/** Stores the answer of the request holding the claim. */
export async function completeClaim(db: Queryable, claim: Claim, answer: StoredAnswer) {
  const t = idempotencyKeys;
  await db
    .update(t)
    .set({
      statusCode: answer.statusCode,
      contentType: answer.contentType,
      responseBody: answer.body,
      completedAt: sql`now()`,
    })
    .where(and(eq(t.scope, claim.scope), eq(t.key, claim.key), eq(t.claimToken, claim.token)));
}

/** Frees the key after a failed request, so a corrected request may use it. */
export async function releaseClaim(db: Queryable, claim: Claim) {
  const t = idempotencyKeys;
  await db
    .delete(t)
    .where(
      and(
        eq(t.scope, claim.scope),
        eq(t.key, claim.key),
        eq(t.claimToken, claim.token),
        isNull(t.statusCode),
      ),
    );
}

/** Deletes keys past their retention; returns how many. */
export async function sweepIdempotencyKeys(db: Queryable, now = new Date()): Promise<number> {
  const t = idempotencyKeys;
  const gone = await db.delete(t).where(lt(t.expiresAt, now)).returning({ key: t.key });
  return gone.length;
}

function headerKey(request: FastifyRequest): string | undefined {
  const value = request.headers['idempotency-key'];
  return typeof value === 'string' && value !== '' ? value.toLowerCase() : undefined;
}

/** Route hooks of an idempotent endpoint (`route` is its path, e.g. `/events/:id/attendance`). */
export function idempotencyHooks(route: string) {
  const preHandler = async (request: FastifyRequest, reply: FastifyReply) => {
    const key = headerKey(request);
    if (!key) return;
    const outcome = await claimKey(request.server.database.db, {
      scope: request.user?.id ?? 'public',
      key,
      requestHash: requestHashOf(request, route),
      endpoint: `${request.method} /api${route}`,
      retentionHours: request.server.config.IDEMPOTENCY_RETENTION_HOURS,
    });
    switch (outcome.kind) {
      case 'claimed':
        request.idempotencyClaim = outcome.claim;
        return;
      case 'mismatch':
        throw new AppError('idempotency_key_reused');
      case 'in_progress':
        throw new AppError('idempotency_in_progress', undefined, {
          details: { retryAfterSeconds: IN_PROGRESS_RETRY_SECONDS },
        });
      case 'replay': {
        const { statusCode, contentType, body } = outcome.answer;
        reply
          .status(statusCode === 201 ? 200 : statusCode)
          .header(IDEMPOTENT_REPLAY_HEADER.toLowerCase(), 'true')
          .header('content-type', contentType ?? 'application/json; charset=utf-8')
          // The stored text is already the serialized answer.
          .serializer((payload: unknown) => payload as string);
        return reply.send(body);
      }
    }
  };

  const onSend: onSendAsyncHookHandler = async (request, reply, payload) => {
    const claim = request.idempotencyClaim;
    if (!claim) return payload;
    request.idempotencyClaim = undefined;
    const db = request.server.database.db;
    const ok = reply.statusCode >= 200 && reply.statusCode < 300;
    if (ok && (typeof payload === 'string' || Buffer.isBuffer(payload))) {
      const contentType = reply.getHeader('content-type');
      // Stored before the answer leaves: a client that got it can rely on the replay.
      await completeClaim(db, claim, {
        statusCode: reply.statusCode,
        contentType: typeof contentType === 'string' ? contentType : null,
        body: payload.toString(),
      });
    } else {
      await releaseClaim(db, claim);
    }
    return payload;
  };

  // A request that never reached onSend (aborted while running) must not keep its claim.
  const onResponse = async (request: FastifyRequest) => {
    const claim = request.idempotencyClaim;
    if (!claim) return;
    request.idempotencyClaim = undefined;
    await releaseClaim(request.server.database.db, claim).catch((err) =>
      request.log.warn({ err }, 'idempotency claim release failed'),
    );
  };

  return { preHandler, onSend, onResponse };
}
