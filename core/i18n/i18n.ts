import type { i18n as I18n } from 'i18next';
import { createI18nFrom, type Plugin } from './instance';
import { DEFAULT_LOCALE, type Locale } from './locales';
import { NAMESPACES, resources } from './resources';

/** A configured i18next instance over every shared catalog in every language (synchronous init). */
export function createI18n(locale: Locale = DEFAULT_LOCALE, plugins: Plugin[] = []): I18n {
  return createI18nFrom(resources, NAMESPACES, locale, plugins);
}
