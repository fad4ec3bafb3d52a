import {
  cellText,
  foldText,
  matchRegionName,
  normalizeRegionName,
  type RegionCandidate,
} from '#core/domain/registry';
import { importKey, type RegionIndex, type RowReader } from './context';

export type Location = { districtCode: string; villageCode: string | null };

/** "35.73.05.1001", "3573051001" or "35 73 05 1001" → the dotted code, else null. */
function villageCodeOf(text: string): string | null {
  const digits = text.replace(/\D/g, '');
  if (digits.length !== 10) return null;
  return `${digits.slice(0, 2)}.${digits.slice(2, 4)}.${digits.slice(4, 6)}.${digits.slice(6)}`;
}

const stripCity = (text: string) =>
  normalizeRegionName(foldText(text).replace(/^(kota|kotamadya|kodya|city of)\b\.?\s*/, ''));

/** A regency cell must name the home city: "Kota Malang", "Malang", "KOTA MALANG". */
function checkRegency(r: RowReader, regions: RegionIndex) {
  const value = r.text('regency');
  if (!value) return;
  const folded = foldText(value);
  const isRegency = /^(kab|kabupaten|regency)\b/.test(folded);
  if (!isRegency && stripCity(value) === stripCity(regions.regencyName)) return;
  r.error('regency', { key: importKey('row.regencyOutside'), params: { value, home: regions.regencyName } });
}

function matchDistrict(r: RowReader, regions: RegionIndex): string | null {
  const value = r.raw('kecamatan');
  if (value === undefined) return null;
  const match = matchRegionName(value, regions.districts);
  if (match.kind === 'exact') return match.candidate.code;
  if (match.kind === 'fuzzy') {
    r.warn('kecamatan', match.warning);
    return match.candidate.code;
  }
  if (match.kind === 'ambiguous') {
    r.error('kecamatan', match.issue);
    return null;
  }
  r.error('kecamatan', {
    key: importKey('row.kecamatanUnknown'),
    params: {
      value: cellText(value),
      home: regions.regencyName,
      options: regions.districts.map((d) => d.name).join(', '),
    },
  });
  return null;
}

function matchVillage(
  r: RowReader,
  regions: RegionIndex,
  districtCode: string | null,
): RegionCandidate | null {
  const value = r.raw('kelurahan');
  if (value === undefined) return null;
  const inDistrict = districtCode ? (regions.villagesByDistrict.get(districtCode) ?? []) : regions.villages;
  const match = matchRegionName(value, inDistrict);
  if (match.kind === 'exact') return match.candidate;
  if (match.kind === 'fuzzy') {
    r.warn('kelurahan', match.warning);
    return match.candidate;
  }
  if (match.kind === 'ambiguous') {
    r.error('kelurahan', match.issue);
    return null;
  }
  const elsewhere = districtCode ? matchRegionName(value, regions.villages) : match;
  if (elsewhere.kind === 'exact' || elsewhere.kind === 'fuzzy') {
    const parent = elsewhere.candidate.code.slice(0, 8);
    r.error('kelurahan', {
      key: importKey('row.kelurahanOutside'),
      params: {
        value: cellText(value),
        kecamatan: regions.names.get(districtCode ?? '') ?? '',
        actual: regions.names.get(parent) ?? parent,
      },
    });
    return null;
  }
  r.error('kelurahan', {
    key: importKey('row.kelurahanUnknown'),
    params: { value: cellText(value), home: regions.regencyName },
  });
  return null;
}

/**
 * Kecamatan from its column, else the sheet's default (section row, title, sheet name);
 * kelurahan within it, or found across the city when no kecamatan is given. A village code
 * column wins over names. Officers may import only rows of their own kecamatan.
 */
export function parseLocation(r: RowReader): Location | null {
  const { regions, scope } = r.ctx;
  checkRegency(r, regions);
  let districtCode: string | null = null;
  let villageCode: string | null = null;
  const codeText = r.text('villageCode');
  if (codeText) {
    const code = villageCodeOf(codeText);
    if (code && regions.names.has(code)) {
      villageCode = code;
      districtCode = code.slice(0, 8);
    } else {
      r.error('villageCode', { key: importKey('row.villageCodeUnknown'), params: { value: codeText } });
      return null;
    }
  }
  if (!districtCode) districtCode = matchDistrict(r, regions);
  if (r.errors.length > 0) return null;
  if (!districtCode && r.raw('kecamatan') === undefined) districtCode = r.ctx.defaultDistrict;
  if (!villageCode) {
    const village = matchVillage(r, regions, districtCode);
    if (village) {
      villageCode = village.code;
      districtCode = village.code.slice(0, 8);
    }
  }
  if (r.errors.length > 0) return null;
  if (!districtCode) {
    r.error(r.has('kecamatan') ? 'kecamatan' : null, {
      key: importKey('row.kecamatanMissing'),
      params: { options: regions.districts.map((d) => d.name).join(', ') },
    });
    return null;
  }
  if (scope && !scope.includes(districtCode)) {
    r.error(r.has('kecamatan') ? 'kecamatan' : null, {
      key: importKey('row.outsideScope'),
      params: { kecamatan: regions.names.get(districtCode) ?? districtCode },
    });
    return null;
  }
  return { districtCode, villageCode };
}
