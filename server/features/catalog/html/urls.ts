import type { Locale } from '#core/i18n/locales';

/** Public page paths: Indonesian without a prefix, English under /en (the contract's URLs). */
export const catalogPath = (locale: Locale) => (locale === 'en' ? '/en/catalog' : '/catalog');
export const productPath = (locale: Locale, slug: string) => `${catalogPath(locale)}/${slug}`;
export const makerPath = (locale: Locale, slug: string) => `${catalogPath(locale)}/makers/${slug}`;
export const otherLocale = (locale: Locale): Locale => (locale === 'en' ? 'id' : 'en');
