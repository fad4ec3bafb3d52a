import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { isErrorBody } from '#core/errors';

/** How many cases each property tries: a few in `npm test`, many in `npm run test:abuse`. */
export const RUNS = Number(process.env.ABUSE_RUNS ?? 15);

/**
 * A refusal as the API documents it: a 4xx (never a 5xx, never a 2xx for hostile input),
 * `{ error: { code, message } }`, and a message with no placeholder left untranslated.
 */
export function expectRefusal(res: LightMyRequestResponse, status?: number | number[]) {
  const what = `${res.statusCode} ${res.body.slice(0, 300)}`;
  if (status === undefined) {
    expect(res.statusCode, what).toBeGreaterThanOrEqual(400);
    expect(res.statusCode, what).toBeLessThan(500);
  } else expect([status].flat(), what).toContain(res.statusCode);
  const body = res.json() as unknown;
  expect(isErrorBody(body), what).toBe(true);
  if (isErrorBody(body)) {
    expect(body.error.message.length, what).toBeGreaterThan(0);
    expect(body.error.message, what).not.toMatch(/\{\{|\}\}/);
  }
  return body as { error: { code: string; message: string; details?: Record<string, unknown> } };
}

/**
 * Runs `work` while asking `/api/health` again and again; resolves with the work's result and
 * how many health answers came back before it finished. A request that blocks the event loop
 * lets none through, however long it runs.
 */
export async function whileHealthAnswers<T>(app: FastifyInstance, work: () => Promise<T>) {
  let done = false;
  let answered = 0;
  let failed = 0;
  const probe = (async () => {
    while (!done) {
      const res = await app.inject({ method: 'GET', url: '/api/health' });
      if (done) break;
      if (res.statusCode === 200) answered++;
      else failed++;
      await new Promise((r) => setTimeout(r, 5));
    }
  })();
  try {
    return { result: await work(), answered, failed };
  } finally {
    done = true;
    await probe;
  }
}
