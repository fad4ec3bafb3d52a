import { compactKey, foldText } from './text';

/**
 * Builds an exact lookup over compact keys ("P.T." = "pt" = "PT ."). Synonyms are listed per
 * value; a synonym listed under two values is a bug in the table and throws at load time.
 */
export function createSynonymLookup<T extends string>(
  table: Record<T, readonly string[]>,
): (input: string) => T | undefined {
  const index = new Map<string, T>();
  for (const [value, synonyms] of Object.entries(table) as [T, readonly string[]][]) {
    for (const synonym of [value, ...synonyms]) {
      const key = compactKey(synonym);
      const existing = index.get(key);
      if (existing !== undefined && existing !== value) {
        throw new Error(`Synonym "${synonym}" maps to both ${existing} and ${value}`);
      }
      index.set(key, value);
    }
  }
  return (input) => index.get(compactKey(input));
}

/** Position of the earliest whole-word phrase of a list in a text, or -1. */
export function findPhrase(text: string, phrases: readonly string[]): number {
  const haystack = ` ${foldText(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;
  let best = -1;
  for (const phrase of phrases) {
    const at = haystack.indexOf(
      ` ${foldText(phrase)
        .replace(/[^a-z0-9]+/g, ' ')
        .trim()} `,
    );
    if (at >= 0 && (best < 0 || at < best)) best = at;
  }
  return best;
}
