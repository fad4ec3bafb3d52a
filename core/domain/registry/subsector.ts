import { cellText, isBlankCell, isExcelError } from './cell';
import { SUBSECTORS } from './enums';
import { fail, issue, ok, type ParseResult } from './issues';
import { findPhrase } from './synonym-lookup';

export { SUBSECTORS };

export type Subsector = (typeof SUBSECTORS)[number];

// Phrases whose last word would otherwise mislead: shell, corn-husk and eggshell crafts are not leather.
const OVERRIDES: readonly (readonly [Subsector, readonly string[]])[] = [
  ['lainnya', ['kulit kerang', 'kulit jagung', 'kulit telur', 'kulit kayu']],
];

const KEYWORDS: readonly (readonly [Subsector, readonly string[]])[] = [
  [
    'batik_tekstil',
    [
      'batik',
      'batik tekstil',
      'batik_tekstil',
      'tekstil',
      'textile',
      'tenun',
      'tenunan',
      'kain',
      'bordir',
      'sulam',
      'sulaman',
      'songket',
      'jumputan',
      'ikat celup',
      'tie dye',
      'ecoprint',
      'eco print',
      'shibori',
      'konveksi',
      'garmen',
      'garment',
      'rajut',
      'rajutan',
      'knitting',
      'crochet',
      'jahit',
    ],
  ],
  [
    'perhiasan',
    [
      'perhiasan',
      'perak',
      'emas',
      'silver',
      'gold',
      'jewelry',
      'jewellery',
      'aksesoris',
      'aksesori',
      'accessories',
      'cincin',
      'kalung',
      'gelang',
      'anting',
      'bros',
      'mutiara',
      'permata',
      'akik',
    ],
  ],
  ['kulit', ['kulit', 'leather', 'wayang kulit', 'kulit sapi', 'kulit kambing']],
  [
    'anyaman',
    [
      'anyaman',
      'anyam',
      'rotan',
      'rattan',
      'bambu',
      'bamboo',
      'pandan',
      'mendong',
      'eceng gondok',
      'enceng gondok',
      'purun',
      'lidi',
      'wicker',
      'basketry',
      'keranjang',
      'tikar',
      'makrame',
      'macrame',
    ],
  ],
  [
    'keramik',
    [
      'keramik',
      'ceramic',
      'ceramics',
      'gerabah',
      'tembikar',
      'terakota',
      'terracotta',
      'pottery',
      'tanah liat',
      'porselen',
      'porcelain',
      'stoneware',
      'clay',
    ],
  ],
  // Topeng Malangan masks are carved wood.
  [
    'kayu',
    [
      'kayu',
      'wood',
      'wooden',
      'woodcraft',
      'ukir',
      'ukiran',
      'mebel',
      'meubel',
      'furniture',
      'topeng',
      'wayang golek',
      'jati',
      'mahoni',
      'carving',
      'pahat',
    ],
  ],
  [
    'logam',
    [
      'logam',
      'metal',
      'besi',
      'kuningan',
      'tembaga',
      'brass',
      'copper',
      'iron',
      'aluminium',
      'alumunium',
      'aluminum',
      'stainless',
      'pandai besi',
      'tempa',
      'timah',
      'pewter',
      'sepuh',
      'electroplating',
      'elektroplating',
      'plating',
    ],
  ],
  ['lainnya', ['lainnya', 'lain lain', 'lain', 'other', 'others', 'misc']],
];

const ELECTROFORMING = [
  'electroforming',
  'elektroforming',
  'electroform',
  'elektroform',
  'electro forming',
  'elektro forming',
  'galvanoplasti',
  'galvanoplastik',
  'galvanoplasty',
];

/**
 * Maps free text ("Kerajinan Kayu", "Tenun ikat", "perak") to a subsector. Electroforming
 * wins whenever mentioned (it is the program this registry grew from); otherwise the keyword
 * that appears first decides, so "Tas anyaman kulit" is anyaman. Text that names no known
 * craft becomes lainnya with a warning, so the importer reports it instead of guessing.
 */
export function parseSubsector(value: unknown): ParseResult<Subsector> {
  if (isExcelError(value)) return fail('common.excelError', { value: cellText(value) });
  if (isBlankCell(value)) return fail('common.empty');
  const text = cellText(value);
  if (findPhrase(text, ELECTROFORMING) >= 0) return ok('electroforming');
  let best: Subsector | undefined;
  let bestAt = Number.POSITIVE_INFINITY;
  for (const [subsector, phrases] of [...OVERRIDES, ...KEYWORDS]) {
    const at = findPhrase(text, phrases);
    // Overrides come first in the list, so on the same position they win.
    if (at >= 0 && at < bestAt) {
      best = subsector;
      bestAt = at;
    }
  }
  if (best) return ok(best);
  return ok('lainnya', [issue('subsector.unmapped', { value: text })]);
}
