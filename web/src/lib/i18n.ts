import { initReactI18next } from 'react-i18next';
import { createI18n } from '#core/i18n/i18n';
import { DEFAULT_LOCALE, isLocale, type Locale } from '#core/i18n/locales';

const STORAGE_KEY = 'bk_lang';

function storedLocale(): Locale {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    if (isLocale(v)) return v;
  } catch {}
  return DEFAULT_LOCALE;
}

export const i18n = createI18n(storedLocale(), [initReactI18next]);
document.documentElement.lang = i18n.language;
writeLangCookie(i18n.language);

/** The server answers errors and downloads in the language this cookie names. */
function writeLangCookie(locale: string) {
  // biome-ignore lint/suspicious/noDocumentCookie: the server reads this cookie to answer in the same language.
  document.cookie = `${STORAGE_KEY}=${locale}; path=/; max-age=31536000; samesite=lax`;
}

/** True once someone picked a language on this device (it then wins over the account's). */
export function hasChosenLocale(): boolean {
  try {
    return isLocale(localStorage.getItem(STORAGE_KEY));
  } catch {
    return false;
  }
}

export function currentLocale(): Locale {
  return isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE;
}

/** Switches the UI language and remembers it on this device (and for the server's messages). */
export async function setLocale(locale: Locale) {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {}
  writeLangCookie(locale);
  document.documentElement.lang = locale;
  await i18n.changeLanguage(locale);
}
