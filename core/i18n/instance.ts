import i18next, { type i18n as I18n, type Module, type Newable, type Resource } from 'i18next';
import { DEFAULT_LOCALE, type Locale } from './locales';

export type Plugin = Module | Newable<Module>;

/**
 * An i18next instance over the given catalogs (synchronous init). The web passes only the
 * languages it has loaded; the server passes all of them (`createI18n`).
 */
export function createI18nFrom(
  resources: Resource,
  namespaces: string[],
  locale: Locale = DEFAULT_LOCALE,
  plugins: Plugin[] = [],
): I18n {
  const instance = i18next.createInstance();
  for (const plugin of plugins) instance.use(plugin);
  void instance.init({
    resources,
    lng: locale,
    fallbackLng: DEFAULT_LOCALE,
    ns: namespaces,
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}
