import { formatCurrency, formatDate, formatRupiah } from '#core/format';
import type { Locale } from '#core/i18n/locales';
import type { Photo, PublicProductItem } from '#core/schemas/catalog';
import { translator } from '#server/lib/i18n';
import { type Html, html } from './escape';
import { productPath } from './urls';

type Price = PublicProductItem['price'];

/** `US$12.50 (Rp 200.000)` — the converted figure first, rupiah always beside it. */
export function priceText(price: Price, locale: Locale): string {
  const idr = formatRupiah(price.idr, locale);
  if (price.currency === 'IDR') return idr;
  return `${formatCurrency(price.amount, price.currency, locale)} (${idr})`;
}

export function rateNote(price: Price, locale: Locale): string {
  const t = translator(locale);
  if (price.currency === 'IDR' || price.rate === null) return '';
  const rate = `1 ${price.currency} = ${formatRupiah(price.rate, locale)}`;
  return price.rateDate
    ? t('catalog:page.price_note', { date: formatDate(price.rateDate, locale), rate })
    : t('catalog:page.price_note_default', { rate });
}

/** A responsive picture: AVIF, then WebP in two widths, then JPEG. */
export function picture(photo: Photo, alt: string, options: { eager?: boolean; sizes?: string } = {}): Html {
  const sizes = options.sizes ?? '(min-width: 800px) 50vw, 100vw';
  return html`<picture><source type="image/avif" srcset="${photo.urls.avif}"><source type="image/webp" srcset="${`${photo.urls.small} 400w, ${photo.urls.large} ${photo.width}w`}" sizes="${sizes}"><img src="${photo.urls.jpeg}" width="${photo.width}" height="${photo.height}" alt="${alt}" ${options.eager ? html`fetchpriority="high"` : html`loading="lazy"`} decoding="async"></picture>`;
}

export function productCard(
  item: PublicProductItem,
  locale: Locale,
  currencyQuery: string,
  eager = false,
): Html {
  const t = translator(locale);
  const thumb = item.photo
    ? html`<picture><source type="image/webp" srcset="${item.photo.urls.small}"><img src="${item.photo.urls.jpeg}" width="400" height="400" alt="${item.name}" ${eager ? '' : html`loading="lazy"`} decoding="async"></picture>`
    : html`<div class="ph" role="img" aria-label="${t('catalog:page.no_photo')}"></div>`;
  return html`<li class="card"><a href="${productPath(locale, item.slug)}${currencyQuery}">${thumb}<div class="b">
<div class="n">${item.name}</div>
<div class="muted">${t('catalog:page.from', { maker: item.makerName })}${item.city ? ` · ${item.city}` : ''}</div>
<div class="price">${priceText(item.price, locale)}</div>
<div class="muted">${t('catalog:page.moq')}: ${t('catalog:page.pieces', { count: item.moq })}</div>
${item.featured ? html`<span class="tag f">${t('catalog:page.featured')}</span>` : ''}${item.exportReady ? html`<span class="tag">${t('catalog:page.export_ready')}</span>` : ''}
</div></a></li>`;
}
