import type { i18n as I18n } from 'i18next';
import type { Locale } from '#core/i18n/locales';
import { formatFigure, unitLabel } from './format';

type Params = Record<string, string | number | undefined>;

/**
 * Translates a core message key. Numbers the catalog text formats itself (`{{value, number}}`)
 * are passed as numbers; the others are formatted here for the locale, and unit ids become
 * their symbols, so no message ever shows `0.7` to an Indonesian reader or `A/dm2` to anyone.
 */
export function translateMessage(i18n: I18n, key: string, params: Params = {}): string {
  const [ns, path] = key.includes(':') ? key.split(':', 2) : ['electroforming', key];
  const template = i18n.getResource(i18n.language, ns, path) ?? i18n.getResource('id', ns, path);
  const text = typeof template === 'string' ? template : '';
  const locale = (i18n.language === 'en' ? 'en' : 'id') as Locale;
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined) continue;
    if (name === 'unit' && typeof value === 'string') out[name] = unitLabel(value, i18n.t);
    else if (typeof value === 'number' && !text.includes(`{{${name},`))
      out[name] = formatFigure(value, locale);
    else out[name] = value;
  }
  return i18n.t(key, out);
}
