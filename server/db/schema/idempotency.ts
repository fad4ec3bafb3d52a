import { index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Requests sent with an `Idempotency-Key` to an endpoint that opts in (`idempotent: true` in
 * its route-table entry). A row is claimed before the handler runs (`status_code` null) and
 * completed with the answer afterwards; a retry with the same key replays that answer.
 * Rows expire after IDEMPOTENCY_RETENTION_HOURS and are swept (server/startup.ts).
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    /** Whose key: the signed-in user's id, or `public` for endpoints without a session. */
    scope: text('scope').notNull(),
    /** The client's key (a UUID the client generated once per piece of work). */
    key: text('key').notNull(),
    /** SHA-256 of method, route, parameters, query and body: the same key with another request is refused. */
    requestHash: text('request_hash').notNull(),
    /** `POST /api/events/:id/attendance`: for people reading the table. */
    endpoint: text('endpoint').notNull(),
    /** A random token of the request that holds the claim; only it may complete or release it. */
    claimToken: uuid('claim_token').notNull(),
    claimedAt: timestamp('claimed_at', { withTimezone: true }).notNull().defaultNow(),
    /** The stored answer; null while the first request is still running. */
    statusCode: integer('status_code'),
    contentType: text('content_type'),
    responseBody: text('response_body'),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.scope, t.key] }),
    index('idempotency_keys_expires_at_idx').on(t.expiresAt),
  ],
);
