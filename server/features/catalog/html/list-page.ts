import { PRICE_BANDS } from '#core/domain/catalog';
import type { Locale } from '#core/i18n/locales';
import {
  PRODUCT_CATEGORIES,
  type PublicProductItem,
  type PublicProductsQuery,
  TECHNIQUES,
} from '#core/schemas/catalog';
import { translator } from '#server/lib/i18n';
import { html } from './escape';
import { layout } from './layout';
import { productCard } from './parts';
import { catalogPath, otherLocale } from './urls';

export type ListPageInput = {
  locale: Locale;
  origin: string;
  query: PublicProductsQuery;
  items: PublicProductItem[];
  total: number;
};

const qs = (params: Record<string, string | number | undefined>) => {
  const s = new URLSearchParams(
    Object.entries(params).flatMap(([k, v]) => (v === undefined || v === '' ? [] : [[k, String(v)]])),
  ).toString();
  return s ? `?${s}` : '';
};

export function renderListPage({ locale, origin, query, items, total }: ListPageInput): string {
  const t = translator(locale);
  const base = catalogPath(locale);
  const filters = {
    q: query.q,
    category: query.category,
    technique: query.technique,
    material: query.material,
    priceBand: query.priceBand,
    maxMoq: query.maxMoq,
    exportReady: query.exportReady,
  };
  const currency = query.currency;
  const pages = Math.max(1, Math.ceil(total / query.pageSize));
  const option = (value: string, label: string, selected: boolean) =>
    html`<option value="${value}" ${selected ? 'selected' : ''}>${label}</option>`;
  const body = html`<h1>${t('catalog:page.catalog_title')}</h1>
<form class="filters" method="get" action="${base}" role="search">
<input type="search" name="q" value="${query.q ?? ''}" placeholder="${t('catalog:page.search_placeholder')}" aria-label="${t('catalog:page.search')}">
<select name="category" aria-label="${t('catalog:page.all_categories')}">${option('', t('catalog:page.all_categories'), !query.category)}${PRODUCT_CATEGORIES.map((c) => option(c, t(`catalog:category.${c}`), query.category === c))}</select>
<select name="technique" aria-label="${t('catalog:page.all_techniques')}">${option('', t('catalog:page.all_techniques'), !query.technique)}${TECHNIQUES.map((c) => option(c, t(`catalog:technique.${c}`), query.technique === c))}</select>
<input name="material" value="${query.material ?? ''}" placeholder="${t('catalog:page.material')}" aria-label="${t('catalog:page.material')}">
<select name="priceBand" aria-label="${t('catalog:page.any_price')}">${option('', t('catalog:page.any_price'), !query.priceBand)}${Object.keys(PRICE_BANDS).map((b) => option(b, t(`catalog:priceBand.${b}`), query.priceBand === b))}</select>
<input type="number" min="1" name="maxMoq" value="${query.maxMoq ?? ''}" placeholder="${t('catalog:page.max_moq')}" aria-label="${t('catalog:page.max_moq')}">
<label><input type="checkbox" name="exportReady" value="true" style="width:auto" ${query.exportReady === 'true' ? 'checked' : ''}> ${t('catalog:page.export_ready_only')}</label>
<input type="hidden" name="currency" value="${currency}">
<button type="submit">${t('catalog:page.filter')}</button>
</form>
<p class="muted">${t('catalog:page.results', { count: total })}</p>
${items.length === 0 ? html`<p>${t('catalog:page.no_results')}</p>` : html`<ul class="grid">${items.map((item, i) => productCard(item, locale, qs({ currency }), i < 2))}</ul>`}
<nav class="pager">${query.page > 1 ? html`<a href="${base}${qs({ ...filters, currency, page: query.page - 1 })}" rel="prev">←</a>` : ''}${query.page < pages ? html`<a href="${base}${qs({ ...filters, currency, page: query.page + 1 })}" rel="next">→</a>` : ''}</nav>`;
  const filtered = Object.values(filters).some((v) => v !== undefined) || query.page > 1;
  return layout(
    {
      locale,
      title: `${t('catalog:page.catalog_title')} | ${t('catalog:page.site')}`,
      description: t('catalog:page.catalog_description'),
      canonical: `${origin}${base}`,
      alternates: { id: `${origin}${catalogPath('id')}`, en: `${origin}${catalogPath('en')}` },
      image: items.find((i) => i.photo)?.photo
        ? `${origin}${items.find((i) => i.photo)?.photo?.urls.jpeg}`
        : null,
      switchTo: `${catalogPath(otherLocale(locale))}${qs({ ...filters, currency })}`,
      currencyLinks: (['USD', 'EUR', 'IDR'] as const).map((code) => ({
        code,
        href: `${base}${qs({ ...filters, currency: code })}`,
        active: code === currency,
      })),
      noindex: filtered,
    },
    body,
  );
}
