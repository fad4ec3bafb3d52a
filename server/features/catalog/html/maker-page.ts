import type { Locale } from '#core/i18n/locales';
import type { PublicMaker, PublicProductItem } from '#core/schemas/catalog';
import { translator } from '#server/lib/i18n';
import { html } from './escape';
import { layout } from './layout';
import { productCard } from './parts';
import { makerPath, otherLocale } from './urls';

export function renderMakerPage(input: {
  maker: PublicMaker;
  products: PublicProductItem[];
  locale: Locale;
  origin: string;
  currency: string;
}): string {
  const { maker, products, locale, origin, currency } = input;
  const t = translator(locale);
  const facts = [
    maker.city,
    maker.yearFounded ? t('catalog:page.founded', { year: maker.yearFounded }) : null,
    maker.legalRegistered ? t('catalog:page.legal') : null,
    t('catalog:page.readiness', { score: maker.readinessScore }),
  ].filter(Boolean);
  const body = html`<h1>${maker.name}</h1>
<p class="muted">${facts.join(' · ')}</p>
${maker.story ? html`<div class="box">${maker.story.split(/\n{2,}/).map((p) => html`<p>${p}</p>`)}</div>` : ''}
<h2>${t('catalog:page.training_title')}</h2>
${maker.training.length === 0 ? html`<p class="muted">${t('catalog:page.training_none')}</p>` : html`<ul>${maker.training.map((c) => html`<li>${c.title} · ${c.issuer}${c.verifyUrl ? html` · <a href="${c.verifyUrl}">${t('catalog:page.verify')}</a>` : ''}</li>`)}</ul>`}
<ul class="grid">${products.map((p, i) => productCard(p, locale, `?currency=${currency}`, i < 2))}</ul>`;
  const photo = products.find((p) => p.photo)?.photo;
  return layout(
    {
      locale,
      title: `${t('catalog:page.maker_story', { maker: maker.name })} | ${t('catalog:page.site')}`,
      description: (maker.story || t('catalog:page.catalog_description')).replace(/\s+/g, ' ').slice(0, 160),
      canonical: `${origin}${makerPath(locale, maker.slug)}`,
      alternates: {
        id: `${origin}${makerPath('id', maker.slug)}`,
        en: `${origin}${makerPath('en', maker.slug)}`,
      },
      image: photo ? `${origin}${photo.urls.jpeg}` : null,
      type: 'profile',
      switchTo: `${makerPath(otherLocale(locale), maker.slug)}?currency=${currency}`,
      currencyLinks: (['USD', 'EUR', 'IDR'] as const).map((code) => ({
        code,
        href: `${makerPath(locale, maker.slug)}?currency=${code}`,
        active: code === currency,
      })),
    },
    body,
  );
}
