import type { ResourceLanguage } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { createI18nFrom } from '#core/i18n/instance';
import { DEFAULT_LOCALE, isLocale, type Locale } from '#core/i18n/locales';

/*
 * What the sign-in and setup pages need (common, errors, auth, fields) ships in Bahasa Indonesia,
 * the default and fallback language, with the app. Every other catalog — and English — is its
 * own chunk: the signed-in shell waits for the ones the page being opened shows
 * (`catalogsReady(namespaces)`, app/catalogs.ts) and loads the rest right after its first paint;
 * switching language loads all of that language's. The first load carries a fraction of them.
 */
type Catalog = ResourceLanguage[string];
const namespaceOf = (file: string) => file.slice(file.lastIndexOf('/') + 1, -'.json'.length);
const firstCatalogs = import.meta.glob<Catalog>(['../../../core/i18n/id/{common,errors,auth,fields}.json'], {
  eager: true,
  import: 'default',
});
const laterCatalogs = {
  id: import.meta.glob<Catalog>(
    ['../../../core/i18n/id/*.json', '!../../../core/i18n/id/{common,errors,auth,fields}.json'],
    { import: 'default' },
  ),
  en: import.meta.glob<Catalog>('../../../core/i18n/en/*.json', { import: 'default' }),
};
const indonesian: ResourceLanguage = Object.fromEntries(
  Object.entries(firstCatalogs).map(([file, catalog]) => [namespaceOf(file), catalog]),
);
const NAMESPACES = Object.keys(laterCatalogs.en).map(namespaceOf);

const STORAGE_KEY = 'bk_lang';

function storedLocale(): Locale {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    if (isLocale(v)) return v;
  } catch {}
  return DEFAULT_LOCALE;
}

export const i18n = createI18nFrom({ id: indonesian }, NAMESPACES, storedLocale(), [initReactI18next]);
// A page already on screen when a catalog arrives shows its words at once.
i18n.options.react = { ...i18n.options.react, bindI18nStore: 'added' };
document.documentElement.lang = i18n.language;
writeLangCookie(i18n.language);

const loading = new Map<string, Promise<void>>();

/**
 * Loads a language's catalogs not yet in the app (each once): the named namespaces, or all of
 * them. Namespaces shipped with the app (the sign-in pages') have no loader and are skipped.
 */
function loadCatalogs(locale: Locale, namespaces?: readonly string[]): Promise<void> {
  const wanted = Object.entries(laterCatalogs[locale]).filter(
    ([file]) => !namespaces || namespaces.includes(namespaceOf(file)),
  );
  return Promise.all(
    wanted.map(([file, load]) => {
      const key = `${locale}:${file}`;
      let done = loading.get(key);
      if (!done) {
        done = load().then((catalog) => {
          i18n.addResourceBundle(locale, namespaceOf(file), catalog, true, true);
        });
        loading.set(key, done);
        // A failed load (offline) may be tried again.
        done.catch(() => loading.delete(key));
      }
      return done;
    }),
  ).then(() => undefined);
}

/** Resolves once the stored language can be shown; the app renders after it. */
export const i18nReady: Promise<void> = (
  currentLocale() === DEFAULT_LOCALE ? Promise.resolve() : loadCatalogs(currentLocale())
).then(
  () => undefined,
  () => undefined,
);

/**
 * Resolves once the named catalogs (or, without names, every catalog) of the current language
 * and of the fallback language are loaded.
 */
export function catalogsReady(namespaces?: readonly string[]): Promise<void> {
  const locale = currentLocale();
  return Promise.all([loadCatalogs(DEFAULT_LOCALE, namespaces), loadCatalogs(locale, namespaces)]).then(
    () => undefined,
  );
}

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
  await Promise.all([loadCatalogs(DEFAULT_LOCALE), loadCatalogs(locale)]);
  await i18n.changeLanguage(locale);
}
