import { compactKey } from '#core/domain/registry';

// Export destinations as offices write them (Indonesian and English), to ISO 3166-1 alpha-2.
const COUNTRIES: Record<string, string[]> = {
  JP: ['jepang', 'japan'],
  MY: ['malaysia'],
  SG: ['singapura', 'singapore'],
  US: ['amerika', 'amerikaserikat', 'as', 'usa', 'unitedstates', 'america'],
  AU: ['australia'],
  NL: ['belanda', 'netherlands', 'holland'],
  DE: ['jerman', 'germany'],
  FR: ['perancis', 'prancis', 'france'],
  GB: ['inggris', 'britania', 'uk', 'unitedkingdom', 'england'],
  IT: ['italia', 'italy'],
  ES: ['spanyol', 'spain'],
  KR: ['korea', 'koreaselatan', 'southkorea'],
  CN: ['china', 'tiongkok', 'cina', 'rrc'],
  HK: ['hongkong'],
  TW: ['taiwan'],
  TH: ['thailand'],
  VN: ['vietnam'],
  PH: ['filipina', 'philippines'],
  BN: ['brunei', 'bruneidarussalam'],
  TL: ['timorleste'],
  IN: ['india'],
  SA: ['arabsaudi', 'saudiarabia', 'saudi'],
  AE: ['uea', 'uni emiratarab', 'uniemiratarab', 'uae', 'dubai', 'unitedarabemirates'],
  QA: ['qatar'],
  TR: ['turki', 'turkey', 'turkiye'],
  NZ: ['selandiabaru', 'newzealand'],
  CA: ['kanada', 'canada'],
  BE: ['belgia', 'belgium'],
  CH: ['swiss', 'switzerland'],
  RU: ['rusia', 'russia'],
  ZA: ['afrikaselatan', 'southafrica'],
  EG: ['mesir', 'egypt'],
};

const LOOKUP = new Map<string, string>();
for (const [code, names] of Object.entries(COUNTRIES)) {
  LOOKUP.set(code.toLowerCase(), code);
  for (const name of names) LOOKUP.set(compactKey(name), code);
}

/** Country names or codes in a cell; unknown names are returned for a warning. */
export function parseCountries(text: string): { codes: string[]; unknown: string[] } {
  const codes: string[] = [];
  const unknown: string[] = [];
  for (const part of text.split(/[,;/&\n]|\s+dan\s+|\s+and\s+/i)) {
    const key = compactKey(part);
    if (key === '') continue;
    const code = LOOKUP.get(key);
    if (code) {
      if (!codes.includes(code)) codes.push(code);
    } else unknown.push(part.trim());
  }
  return { codes, unknown };
}
