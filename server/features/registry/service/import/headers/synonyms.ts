import type { CanonicalField } from './fields';
import { BUSINESS_HEADER_SYNONYMS } from './synonyms-business';
import { FIGURES_HEADER_SYNONYMS } from './synonyms-figures';
import { MARKET_HEADER_SYNONYMS } from './synonyms-market';
import { PERSON_HEADER_SYNONYMS } from './synonyms-person';

/**
 * The header texts seen for each field in office spreadsheets. Headers are compared as compact
 * keys (case, spaces, punctuation, "Rp" and "per" ignored), so list each wording once. A key
 * listed under two fields throws at load time (see map.ts). Only the server's import reads them.
 */
export const HEADER_SYNONYMS: Record<CanonicalField, readonly string[]> = {
  ...BUSINESS_HEADER_SYNONYMS,
  ...PERSON_HEADER_SYNONYMS,
  ...FIGURES_HEADER_SYNONYMS,
  ...MARKET_HEADER_SYNONYMS,
};
