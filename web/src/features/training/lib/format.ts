import { formatDate } from '#core/format';
import type { Locale } from '#core/i18n/locales';
import { startOfOfficeDay } from '#core/time';

/** `10 Mar 2026 – 11 Mar 2026`, or one date when the event is one day. */
export function dateRange(start: string, end: string, locale: Locale) {
  const a = formatDate(startOfOfficeDay(start), locale);
  const b = formatDate(startOfOfficeDay(end), locale);
  return a === b ? a : `${a} – ${b}`;
}

export const titleOf = (title: { id: string; en: string }, locale: Locale) =>
  locale === 'en' ? title.en : title.id;
