import { foldText } from './text';

/*
 * Indonesian spelling variants, folded to one form so that names written in the old spelling
 * (before 1972, still common in business and family names) meet their modern spelling:
 * "Agoeng" ~ "Agung", "Djaja" ~ "Jaya", "Tjahaja" ~ "Cahaya", "Achmad" ~ "Akhmad",
 * "Soesilo" ~ "Susilo", "Mukhammad" ~ "Mukhamad". The fold is for matching only; names are
 * stored as written.
 *
 * The one definition: the import's matching applies it in JavaScript (`spellingFold`), the
 * duplicate check of the API compiles the same rules into PostgreSQL regexp_replace calls
 * (queries/duplicates.ts). Patterns are therefore written in the regex syntax both share,
 * with `\1` for a back-reference in the replacement.
 */
export const SPELLING_RULES: readonly { pattern: string; replacement: string }[] = [
  { pattern: 'oe', replacement: 'u' },
  { pattern: 'dj', replacement: 'j' },
  { pattern: 'tj', replacement: 'c' },
  { pattern: 'ch', replacement: 'kh' },
  // Old "j" is the modern "y" ("Soerabaja", "Njonja"); after dj → j both are one letter here.
  { pattern: 'j', replacement: 'y' },
  // Doubled letters ("Allah", "Mukhammad", "Hadji Oesman Sarrie").
  { pattern: '([a-z])\\1+', replacement: '\\1' },
];

const COMPILED = SPELLING_RULES.map((r) => ({
  regex: new RegExp(r.pattern, 'g'),
  replacement: r.replacement.replace(/\\(\d)/g, '$$$1'),
}));

/** Folded text (see foldText) with the spelling variants above brought to one form. */
export function spellingFold(text: string): string {
  let out = foldText(text);
  for (const rule of COMPILED) out = out.replace(rule.regex, rule.replacement);
  return out;
}
