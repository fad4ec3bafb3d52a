import type { FastifyInstance } from 'fastify';
import { AppError } from './errors';

/**
 * What a JSON request body may hold. Checked on the raw text before it is parsed, in one pass,
 * so no later walk (NUL scan, zod, the handler) ever meets a hostile shape: a body nested
 * thousands of levels deep stalls every recursive walker and overflows the stack.
 */
export const JSON_LIMITS = {
  /** Nesting of objects and arrays; the deepest real body (a batch of records) is under 10. */
  maxDepth: 32,
  /** Values (strings, numbers, objects, arrays, …) in one body. */
  maxValues: 100_000,
} as const;

export type JsonShape = { depth: number; values: number };

/**
 * Depth and value count of a JSON text, stopping as soon as a limit is passed. Linear in the
 * length; it does not validate the syntax (JSON.parse does that next).
 */
export function jsonShape(text: string, limits: { maxDepth: number; maxValues: number } = JSON_LIMITS) {
  let depth = 0;
  let maxDepth = 0;
  let values = 0;
  let inString = false;
  let inScalar = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
      continue;
    }
    switch (c) {
      case 0x7b: // {
      case 0x5b: // [
        values++;
        inScalar = false;
        depth++;
        if (depth > maxDepth) maxDepth = depth;
        if (depth > limits.maxDepth) return { depth, values, tooDeep: true, tooMany: false };
        break;
      case 0x7d: // }
      case 0x5d: // ]
        depth--;
        inScalar = false;
        break;
      case 0x22: // "
        values++;
        inString = true;
        inScalar = false;
        break;
      case 0x2c: // ,
      case 0x3a: // :
      case 0x20:
      case 0x09:
      case 0x0a:
      case 0x0d:
        inScalar = false;
        break;
      default:
        // The first character of a number, true, false or null.
        if (!inScalar) values++;
        inScalar = true;
    }
    if (values > limits.maxValues) return { depth: maxDepth, values, tooDeep: false, tooMany: true };
  }
  return { depth: maxDepth, values, tooDeep: false, tooMany: false };
}

/**
 * Replaces Fastify's JSON body parser with one that refuses over-deep or over-large bodies
 * (400 `json_too_deep`, 413 `payload_too_large`) before parsing, then parses with Fastify's
 * own parser (which refuses `__proto__` and `constructor.prototype` keys).
 */
export function registerJsonBodyParser(app: FastifyInstance) {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = body as string;
    const shape = jsonShape(text);
    if (shape.tooDeep)
      return done(
        new AppError('json_too_deep', undefined, { params: { max: JSON_LIMITS.maxDepth } }),
        undefined,
      );
    if (shape.tooMany)
      return done(
        new AppError('payload_too_large', 'errors:json.too_many_values', {
          params: { max: JSON_LIMITS.maxValues.toLocaleString('en') },
        }),
        undefined,
      );
    return parse(request, text, done);
  });
}
