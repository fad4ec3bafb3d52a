import type { TFunction } from 'i18next';
import { formatDate, formatNumber, formatRupiah } from '#core/format';
import type { Locale } from '#core/i18n/locales';
import type { HistoryChange } from '#core/schemas/registry';
import { enumLabel } from '../shared/options';

/*
 * A history change in words: enum values by their label, numbers, money and dates through the
 * locale helpers, region codes by their name, countries by theirs. The NIK arrives masked and
 * is shown as it came.
 */

type Kind =
  | { enum: string }
  | 'text'
  | 'number'
  | 'coordinate'
  | 'year'
  | 'money'
  | 'date'
  | 'region'
  | 'countries'
  | 'kbli'
  | 'links'
  | 'yesNo'
  | 'figures';

const KINDS: Record<string, Kind> = {
  subsector: { enum: 'subsector' },
  legalForm: { enum: 'legal_form' },
  exportStatus: { enum: 'export_status' },
  gender: { enum: 'gender' },
  education: { enum: 'education' },
  source: { enum: 'source' },
  type: { enum: 'certification' },
  regencyCode: 'region',
  districtCode: 'region',
  villageCode: 'region',
  lat: 'coordinate',
  lng: 'coordinate',
  yearFounded: 'year',
  birthYear: 'year',
  dataYear: 'year',
  turnoverMonthlyIdr: 'money',
  turnoverYearlyIdr: 'money',
  investmentIdr: 'money',
  outputValueIdr: 'money',
  issuedAt: 'date',
  expiresAt: 'date',
  erasedAt: 'date',
  exportCountries: 'countries',
  kbli: 'kbli',
  links: 'links',
  isPrimary: 'yesNo',
  estimatedFields: 'figures',
};

const isEmpty = (v: unknown) =>
  v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

function countryName(code: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function plain(value: unknown, t: TFunction, locale: Locale): string {
  if (typeof value === 'number') return formatNumber(value, locale);
  if (typeof value === 'boolean')
    return t(value ? 'registry-record:history.yes' : 'registry-record:history.no');
  if (Array.isArray(value)) return value.map((v) => plain(v, t, locale)).join(', ');
  if (value && typeof value === 'object')
    return Object.values(value)
      .map((v) => plain(v, t, locale))
      .join(' ');
  return String(value);
}

/** One side of a change, as a person reads it ("–" when there was nothing). */
export function formatHistoryValue(
  change: HistoryChange,
  side: 'before' | 'after',
  t: TFunction,
  locale: Locale,
): string {
  const value = change[side];
  if (isEmpty(value)) return t('registry-record:history.empty_value');
  const kind = KINDS[change.field] ?? 'text';
  if (typeof kind === 'object') return enumLabel(t, kind.enum, String(value));
  switch (kind) {
    case 'region':
      return (side === 'before' ? change.beforeName : change.afterName) ?? String(value);
    case 'coordinate':
      return formatNumber(Number(value), locale, 6);
    case 'year':
      return String(value);
    case 'money':
      return formatRupiah(Number(value), locale);
    case 'date':
      return formatDate(String(value), locale);
    case 'countries':
      return (value as string[]).map((c) => countryName(c, locale)).join(', ');
    case 'kbli':
      return (value as { code?: string }[]).map((k) => k.code ?? plain(k, t, locale)).join(', ');
    case 'links':
      return (value as { url?: string }[]).map((l) => l.url ?? plain(l, t, locale)).join(', ');
    case 'yesNo':
      return t(value ? 'registry-record:history.yes' : 'registry-record:history.no');
    case 'figures':
      return (value as string[]).map((f) => fieldWord(f, t)).join(', ');
    default:
      return plain(value, t, locale);
  }
}

function fieldWord(field: string, t: TFunction): string {
  return t(`registry-record:history.field.${field}`, {
    defaultValue: t(`fields:${field}`, { defaultValue: field }),
  });
}

/** The field's name: the history's own word, else the shared field name, else the key. */
export function historyFieldLabel(field: string, t: TFunction): string {
  const label = fieldWord(field, t);
  return label.charAt(0).toLocaleUpperCase() + label.slice(1);
}
