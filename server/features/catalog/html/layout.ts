import type { Locale } from '#core/i18n/locales';
import { translator } from '#server/lib/i18n';
import { CSS } from './css';
import { type Html, html } from './escape';
import { catalogPath } from './urls';

export type PageMeta = {
  locale: Locale;
  title: string;
  description: string;
  /** Absolute URLs. */
  canonical: string;
  alternates: Record<Locale, string>;
  image?: string | null;
  type?: 'website' | 'product' | 'profile';
  /** The same page in the other language (relative). */
  switchTo: string;
  /** Currency links keep the rest of the query. */
  currencyLinks?: { code: string; href: string; active: boolean }[];
  noindex?: boolean;
};

/** The page shell: head with title, description, canonical, hreflang and OpenGraph; no script. */
export function layout(meta: PageMeta, body: Html): string {
  const t = translator(meta.locale);
  const ogLocale = meta.locale === 'en' ? 'en_US' : 'id_ID';
  return `<!doctype html>${html`<html lang="${meta.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${meta.title}</title>
<meta name="description" content="${meta.description}">
${meta.noindex ? html`<meta name="robots" content="noindex">` : ''}
<link rel="canonical" href="${meta.canonical}">
<link rel="alternate" hreflang="id" href="${meta.alternates.id}">
<link rel="alternate" hreflang="en" href="${meta.alternates.en}">
<link rel="alternate" hreflang="x-default" href="${meta.alternates.en}">
<meta property="og:type" content="${meta.type ?? 'website'}">
<meta property="og:site_name" content="${t('catalog:page.site')}">
<meta property="og:title" content="${meta.title}">
<meta property="og:description" content="${meta.description}">
<meta property="og:url" content="${meta.canonical}">
<meta property="og:locale" content="${ogLocale}">
${meta.image ? html`<meta property="og:image" content="${meta.image}">` : ''}
<meta name="twitter:card" content="${meta.image ? 'summary_large_image' : 'summary'}">
<style>${CSS}</style>
</head>
<body>
<header class="top"><a class="brand" href="${catalogPath(meta.locale)}">${t('catalog:page.site')}</a>
<nav>${(meta.currencyLinks ?? []).map(
    (c) => html`<a class="${c.active ? 'cur on' : 'cur'}" href="${c.href}" rel="nofollow">${c.code}</a>`,
  )}<a class="lang" href="${meta.switchTo}" hreflang="${meta.locale === 'en' ? 'id' : 'en'}">${t('catalog:page.language')}</a></nav></header>
<main>${body}</main>
<footer>${t('catalog:page.footer')}</footer>
</body>
</html>`}`;
}
