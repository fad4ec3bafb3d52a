import type { FastifyRequest } from 'fastify';
import type { TFunction } from 'i18next';
import { createI18n } from '#core/i18n/i18n';
import { DEFAULT_LOCALE, isLocale, type Locale, localeFromAcceptLanguage } from '#core/i18n/locales';

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

/**
 * The language to answer in: the web app's choice (cookie, always set by the app), then what the
 * client asks for (Accept-Language, e.g. API scripts), then the account's, then Bahasa Indonesia.
 */
export function requestLocale(request: FastifyRequest): Locale {
  const cookie = request.cookies?.[LANG_COOKIE];
  if (isLocale(cookie)) return cookie;
  const asked = localeFromAcceptLanguage(request.headers['accept-language']);
  if (asked) return asked;
  const userLocale = request.user?.locale;
  return isLocale(userLocale) ? userLocale : DEFAULT_LOCALE;
}
