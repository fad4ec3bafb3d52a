import { cellText, isBlankCell } from './cell';

/*
 * Product words of a business ("tas anyaman", "keranjang", "tikar pandan"): what the business
 * makes, as buyers and office workers search for it. One cell or field may list several,
 * separated by commas, semicolons, slashes, "dan"/"&" or line breaks.
 */

const MAX_PRODUCTS = 30;
const MAX_LENGTH = 80;
const SEPARATORS = /[,;/\n\r|•·]+|\s+(?:dan|and|&)\s+/i;

/** Trimmed products, blanks and repeats (case-insensitive) dropped, first spelling kept. */
export function splitProductWords(input: unknown): string[] {
  const parts = (Array.isArray(input) ? input : [input]).flatMap((v) =>
    isBlankCell(v) ? [] : cellText(v).split(SEPARATORS),
  );
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of parts) {
    const product = raw
      .replace(/^[\s\-–*.]+|[\s\-–*.]+$/g, '')
      .replace(/\s+/g, ' ')
      .slice(0, MAX_LENGTH)
      .trim();
    if (!product || isBlankCell(product)) continue;
    const key = product.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(product);
    if (out.length === MAX_PRODUCTS) break;
  }
  return out;
}
