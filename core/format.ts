import type { Locale } from './i18n/locales';
import { officeTimeZone } from './time';

const NUMBER_LOCALE: Record<Locale, string> = { id: 'id-ID', en: 'en-US' };

const rupiahFormatters = new Map<Locale, Intl.NumberFormat>();
const numberFormatters = new Map<string, Intl.NumberFormat>();
const dateParts = new Map<string, Intl.DateTimeFormat>();

function rupiahFormatter(locale: Locale): Intl.NumberFormat {
  let f = rupiahFormatters.get(locale);
  if (!f) {
    // Rupiah is always written the Indonesian way (Rp 1.250.000), whatever the UI language,
    // because that is how amounts appear on invoices and price tags.
    f = new Intl.NumberFormat('id-ID', { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 });
    rupiahFormatters.set(locale, f);
  }
  return f;
}

/** `Rp 1.250.000` (non-breaking space replaced by a plain one so it reads the same everywhere). */
export function formatRupiah(value: number | null | undefined, locale: Locale = 'id'): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return rupiahFormatter(locale)
    .format(Math.round(value))
    .replace(/\u00a0/g, ' ');
}

export function formatNumber(
  value: number | null | undefined,
  locale: Locale = 'id',
  maximumFractionDigits = 2,
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const key = `${locale}:${maximumFractionDigits}`;
  let f = numberFormatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(NUMBER_LOCALE[locale], { maximumFractionDigits });
    numberFormatters.set(key, f);
  }
  return f.format(value);
}

export function formatCurrency(
  value: number | null | undefined,
  currency: 'USD' | 'EUR',
  locale: Locale = 'id',
) {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return new Intl.NumberFormat(NUMBER_LOCALE[locale], { style: 'currency', currency })
    .format(value)
    .replace(/\u00a0/g, ' ');
}

function toDate(value: Date | string | number): Date | null {
  const d = value instanceof Date ? value : new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** `22 Feb 2021` in both languages (Indonesian month abbreviations in `id`: `22 Agu 2021`). */
export function formatDate(value: Date | string | number | null | undefined, locale: Locale = 'id'): string {
  if (value === null || value === undefined) return '–';
  const d = toDate(value);
  if (!d) return '–';
  const zone = officeTimeZone();
  const key = `${locale}:${zone}`;
  let f = dateParts.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-US', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: zone,
    });
    dateParts.set(key, f);
  }
  const parts = f.formatToParts(d);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('day')} ${get('month').replace('.', '')} ${get('year')}`;
}

/** `22 Feb 2021 14.05` (id) / `22 Feb 2021 14:05` (en), in the office's time zone. */
export function formatDateTime(
  value: Date | string | number | null | undefined,
  locale: Locale = 'id',
): string {
  if (value === null || value === undefined) return '–';
  const d = toDate(value);
  if (!d) return '–';
  const time = new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone: officeTimeZone(),
  }).format(d);
  return `${formatDate(d, locale)} ${time}`;
}

/** A calendar month (`2026-12`) with its full year, never `Des 26` (a day?): `Des 2026` / `Dec 2026`. */
export function formatMonth(month: string, locale: Locale = 'id'): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return '–';
  const name = new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', {
    month: 'short',
    timeZone: 'UTC',
  })
    .format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 15)))
    .replace('.', '');
  return `${name} ${m[1]}`;
}
