import {
  compactKey,
  type Kbli,
  legalFormFromName,
  parseKbliList,
  parseLegalForm,
  parseNib,
  parseNpwp,
  parseSubsector,
  parseYear,
  type Subsector,
  spellingFold,
} from '#core/domain/registry';
import { importKey, type RowReader } from './context';

/**
 * Matching key of a business name: "CV. Maju Jaya", "MAJU JAYA", "Maju-Jaya" and the old
 * spelling "Madjoe Djaja" are one.
 */
export function businessNameKey(name: string): string {
  const bare = legalFormFromName(name)?.bareName ?? name;
  return spellingFold(compactKey(bare));
}

function limited(r: RowReader, field: Parameters<RowReader['text']>[0], max: number): string | null {
  const text = r.text(field);
  if (text && text.length > max) {
    r.error(field, { key: importKey('row.tooLong'), params: { max } });
    return null;
  }
  return text;
}

function subsectorOf(r: RowReader, name: string): { subsector: Subsector | null; guessed: boolean } {
  const cell = r.raw('subsector');
  if (cell !== undefined)
    return { subsector: r.take('subsector', parseSubsector(cell), true), guessed: false };
  // Without a subsector column, the products or the name often say it ("Kerajinan Kayu Jati").
  for (const text of [r.text('products'), name]) {
    if (!text) continue;
    const guess = parseSubsector(text);
    if (guess.ok && guess.value !== 'lainnya') return { subsector: guess.value, guessed: true };
  }
  return { subsector: null, guessed: true };
}

/** "-7.9666, 112.6326", a Google Maps link with @lat,lng or q=lat,lng, or separate columns. */
function coordinates(r: RowReader): { lat: number | null; lng: number | null } {
  const none = { lat: null, lng: null };
  const read = (text: string | null) => {
    if (!text) return null;
    const value = Number(text.replace(',', '.').replace(/[^\d.-]/g, ''));
    return Number.isFinite(value) ? value : null;
  };
  let lat: number | null = null;
  let lng: number | null = null;
  const combined = r.text('coordinates');
  if (combined) {
    const match = /(-?\d{1,2}[.,]\d+)\s*[,; ]\s*(-?\d{2,3}[.,]\d+)/.exec(combined);
    lat = read(match?.[1] ?? null);
    lng = read(match?.[2] ?? null);
    if (lat === null || lng === null) {
      r.warn('coordinates', { key: importKey('row.coordinatesInvalid'), params: { value: combined } });
      return none;
    }
  } else {
    lat = read(r.text('lat'));
    lng = read(r.text('lng'));
    if (lat === null && lng === null) return none;
  }
  // Indonesia's bounding box; swapped or half-missing pairs are dropped, not guessed.
  const valid = lat !== null && lng !== null && lat >= -11.5 && lat <= 6.5 && lng >= 94 && lng <= 141.5;
  if (!valid) {
    const field = combined ? 'coordinates' : 'lat';
    r.warn(field, {
      key: importKey('row.coordinatesInvalid'),
      params: { value: `${lat ?? ''}, ${lng ?? ''}` },
    });
    return none;
  }
  return { lat, lng };
}

/** Identity and legal numbers. A bad NIB/NPWP/KBLI rejects the row: they identify the business. */
export function parseIdentity(r: RowReader) {
  const name = limited(r, 'businessName', 200);
  if (!name && r.errors.length === 0) r.error('businessName', { key: importKey('row.nameMissing') });
  const nibCell = r.raw('nib');
  const nib = nibCell === undefined ? null : r.take('nib', parseNib(nibCell));
  const npwpCell = r.raw('npwp');
  const npwp = npwpCell === undefined ? null : r.take('npwp', parseNpwp(npwpCell));
  const kbliCell = r.raw('kbli');
  let kbli: Kbli[] = [];
  if (kbliCell !== undefined)
    kbli = r.take('kbli', parseKbliList(kbliCell, r.raw('kbliVersion') ?? 2020)) ?? [];
  const legalCell = r.raw('legalForm');
  let legalForm = legalCell === undefined ? null : r.take('legalForm', parseLegalForm(legalCell), true);
  if (!legalForm && name) legalForm = legalFormFromName(name)?.legalForm ?? null;
  const foundedCell = r.raw('yearFounded');
  const max = r.ctx.referenceDate.getUTCFullYear();
  const yearFounded =
    foundedCell === undefined
      ? null
      : r.take('yearFounded', parseYear(foundedCell, { min: 1900, max }), true);
  const { subsector, guessed } = subsectorOf(r, name ?? '');
  return {
    name,
    nameKey: name ? businessNameKey(name) : '',
    brand: limited(r, 'brand', 120),
    legalForm,
    nib,
    npwp,
    kbli,
    subsector,
    subsectorGuessed: guessed,
    address: limited(r, 'address', 300),
    yearFounded,
    sentra: limited(r, 'sentra', 120),
    ...coordinates(r),
  };
}
