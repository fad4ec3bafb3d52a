import type { FastifyRequest } from 'fastify';
import type { TFunction } from 'i18next';
import { createI18n } from '../../core/i18n/i18n';
import { DEFAULT_LOCALE, isLocale, type Locale, localeFromAcceptLanguage } from '../../core/i18n/locales';

const i18n = createI18n();
const fixed = new Map<Locale, TFunction>();

export function translator(locale: Locale): TFunction {
  let t = fixed.get(locale);
  if (!t) {
    t = i18n.getFixedT(locale);
    fixed.set(locale, t);
  }
  return t;
}

/** True when `text` is a key of the catalogs (`ns:path`), so it should be translated. */
export function isMessageKey(text: string): boolean {
  return /^[a-z][\w-]*:[\w.-]+$/i.test(text) && i18n.exists(text);
}

export function translate(locale: Locale, text: string, params?: Record<string, unknown>): string {
  return isMessageKey(text) ? translator(locale)(text, params ?? {}) : text;
}

export const LANG_COOKIE = 'bk_lang';

/** The language to answer in: explicit choice (cookie), then the account's, then the browser's. */
export function requestLocale(request: FastifyRequest): Locale {
  const cookie = request.cookies?.[LANG_COOKIE];
  if (isLocale(cookie)) return cookie;
  const userLocale = request.user?.locale;
  if (isLocale(userLocale)) return userLocale;
  return localeFromAcceptLanguage(request.headers['accept-language']) ?? DEFAULT_LOCALE;
}
