import { z } from 'zod';

/*
 * The test-only probe (mounted when TEST_ROUTES=true, never in production): an idempotent
 * endpoint that counts how often its handler ran for each item, so a journey can prove that
 * work queued offline arrived exactly once.
 */

export const ProbeBody = z.strictObject({
  id: z.uuid(),
  note: z.string().trim().min(1, 'errors:fields.required').max(200),
});

export const ProbeItem = z.object({
  id: z.uuid(),
  note: z.string(),
  /** How many times the handler ran for this id (1 when every retry was deduplicated). */
  executions: z.number().int(),
});

export const ProbeList = z.object({ items: z.array(ProbeItem) });
