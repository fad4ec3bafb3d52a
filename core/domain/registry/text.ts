const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * Folding for comparisons: spreadsheets mix case, NBSPs from copy-pasted web pages, accents
 * ("Keramik Dinoyo" vs "Kéramik") and stray punctuation.
 */
export function foldText(value: string): string {
  // Plain ASCII (most cells) has no accents or odd spaces to fold: skip the Unicode work.
  if (PRINTABLE_ASCII.test(value)) return value.toLowerCase().replace(/\s+/g, ' ').trim();
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]/g, ' ')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Letters and digits only: "No. HP/WA" and "no hp wa" become the same key. */
export function compactKey(value: string): string {
  return foldText(value).replace(/[^a-z0-9]/g, '');
}

/** Words of letters/digits, for keyword matching at word boundaries ("emas" must not hit "kemasan"). */
export function words(value: string): string[] {
  return foldText(value)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}
