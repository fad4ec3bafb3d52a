import i18next, { type i18n as I18n, type Module, type Newable } from 'i18next';
import { DEFAULT_LOCALE, type Locale } from './locales';
import { NAMESPACES, resources } from './resources';

type Plugin = Module | Newable<Module>;

/** A configured i18next instance over the shared catalogs (synchronous init). */
export function createI18n(locale: Locale = DEFAULT_LOCALE, plugins: Plugin[] = []): I18n {
  const instance = i18next.createInstance();
  for (const plugin of plugins) instance.use(plugin);
  void instance.init({
    resources,
    lng: locale,
    fallbackLng: DEFAULT_LOCALE,
    ns: NAMESPACES,
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}
