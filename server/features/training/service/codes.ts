import { randomInt } from 'node:crypto';
import { CODE_ALPHABET } from '#core/domain/training';

/** A random code of `length` characters a person can read aloud and type from paper. */
export function randomCode(length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return out;
}
