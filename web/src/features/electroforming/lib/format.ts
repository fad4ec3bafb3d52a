import type { TFunction } from 'i18next';
import { UNIT_SYMBOLS, type UnitId } from '#core/domain/electroforming/units';
import { formatNumber } from '#core/format';
import type { Locale } from '#core/i18n/locales';

/** Fraction digits that keep about three significant figures without trailing noise. */
export function figureDigits(value: number): number {
  const abs = Math.abs(value);
  if (abs === 0 || !Number.isFinite(abs)) return 0;
  if (abs >= 1000) return 0;
  if (abs >= 100) return 1;
  if (abs >= 1) return 2;
  return Math.min(6, 2 - Math.floor(Math.log10(abs)));
}

/** A figure a maker reads: locale separators, sensible precision, `–` for anything not finite. */
export function formatFigure(value: number | null | undefined, locale: Locale, digits?: number): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return formatNumber(value, locale, digits ?? figureDigits(value));
}

/** Units that read better in words in the maker's language. */
const WORD_UNITS: Partial<Record<UnitId, string>> = { h: 'h', min: 'min', s: 's', 'um/h': 'umPerH' };

/** Unit as shown next to a number: SI symbols, but time in words (jam, menit). */
export function unitLabel(unit: UnitId | string, t: TFunction): string {
  const word = WORD_UNITS[unit as UnitId];
  if (word) return t(`electroforming:ui.units.${word}`);
  return (UNIT_SYMBOLS as Record<string, string>)[unit] ?? unit;
}

/** 7.9558 h → "7 jam 57 menit" (or "45 menit", "3 hari 2 jam"). */
export function formatDuration(hours: number, t: TFunction): string {
  if (!Number.isFinite(hours) || hours <= 0) return '–';
  const totalMinutes = Math.round(hours * 60);
  if (totalMinutes < 1) return t('electroforming:ui.duration.underMinute');
  const days = Math.floor(totalMinutes / 1440);
  const h = Math.floor((totalMinutes % 1440) / 60);
  const m = totalMinutes % 60;
  const parts: string[] = [];
  if (days > 0) parts.push(t('electroforming:ui.duration.days', { count: days }));
  if (h > 0) parts.push(t('electroforming:ui.duration.hours', { count: h }));
  if (m > 0 && days === 0) parts.push(t('electroforming:ui.duration.minutes', { count: m }));
  return parts.join(' ');
}

/** Fraction digits for a number inside a working step: four significant figures at most. */
function workingDigits(value: number): number {
  const abs = Math.abs(value);
  if (abs === 0 || !Number.isFinite(abs)) return 0;
  if (abs >= 1) return Math.max(0, 3 - Math.floor(Math.log10(abs)));
  return Math.min(6, 3 - Math.floor(Math.log10(abs)));
}

/**
 * The numbers put into a working step ("8.96 g/cm³ · 23.56 cm²") in the reader's notation, so
 * the step reads like the result under it (8,96 in Indonesian), with four significant figures
 * at most (1,5 A / 0,56 dm² = 2,679 A/dm², not 2,67857; Faraday's 96.485 C/mol). Used for the
 * formula line too, whose constants (0.97235) are numbers a reader reads. Exponent forms stay.
 */
export function localizeWorking(text: string, locale: Locale): string {
  return text.replace(/\d+(?:\.\d+)?(?:e[+-]?\d+)?/g, (n) =>
    n.includes('e') ? n : formatNumber(Number(n), locale, workingDigits(Number(n))),
  );
}
