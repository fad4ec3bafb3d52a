import { DEFAULT_LOCALE } from '#core/i18n/locales';
import { currentLocale, i18n } from './i18n';

/**
 * True when the named catalogs (or every one) of the current language and of the fallback
 * language are in, so a page whose words are loaded renders at once. Apart from i18n.ts so that
 * the sign-in page's first load does not carry it (only the signed-in shell asks).
 */
export function catalogsLoaded(namespaces: readonly string[] = [i18n.options.ns ?? []].flat()): boolean {
  return [DEFAULT_LOCALE, currentLocale()].every((locale) =>
    namespaces.every((ns) => i18n.hasResourceBundle(locale, ns)),
  );
}
