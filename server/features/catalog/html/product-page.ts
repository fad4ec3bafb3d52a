import { formatDate, formatNumber } from '#core/format';
import type { Locale } from '#core/i18n/locales';
import type { PublicProduct } from '#core/schemas/catalog';
import { translator } from '#server/lib/i18n';
import { type Html, html } from './escape';
import { layout } from './layout';
import { picture, priceText, rateNote } from './parts';
import { makerPath, otherLocale, productPath } from './urls';

export type InquiryFormState = {
  values: Record<string, string>;
  errors: Record<string, string>;
  sent?: boolean;
  /** A message for the whole form (rate limit). */
  alert?: string;
};

const countryName = (code: string, locale: Locale) => {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
};

function row(label: string, value: string | Html | null | undefined | false): Html {
  return value ? html`<dt>${label}</dt><dd>${value}</dd>` : html``;
}

function inquiryForm(p: PublicProduct, locale: Locale, state: InquiryFormState): Html {
  const t = translator(locale);
  const v = (k: string) => state.values[k] ?? '';
  const err = (k: string) =>
    state.errors[k] ? html`<div class="err" id="${`e-${k}`}">${state.errors[k]}</div>` : '';
  const aria = (k: string) =>
    state.errors[k] ? html`aria-invalid="true" aria-describedby="${`e-${k}`}"` : '';
  const hasErrors = Object.keys(state.errors).length > 0;
  return html`<section class="box" id="inquiry"><h2>${t('catalog:page.inquiry_title')}</h2>
<p class="muted">${t('catalog:page.inquiry_intro')}</p>
${state.sent ? html`<p class="box ok" role="status">${t('catalog:page.sent')}</p>` : ''}
${state.alert ? html`<p class="box alert" role="alert">${state.alert}</p>` : ''}
${hasErrors ? html`<p class="box alert" role="alert">${t('catalog:page.fix_errors')}</p>` : ''}
<form method="post" action="${productPath(locale, p.slug)}/inquiry" novalidate>
<label for="quantity">${t('catalog:page.f_quantity')}</label><input id="quantity" name="quantity" type="number" min="1" inputmode="numeric" value="${v('quantity') || String(p.moq)}" ${aria('quantity')}>${err('quantity')}
<label for="message">${t('catalog:page.f_message')}</label><textarea id="message" name="message" rows="4" ${aria('message')}>${v('message')}</textarea>${err('message')}
<label for="name">${t('catalog:page.f_name')}</label><input id="name" name="name" autocomplete="name" value="${v('name')}" ${aria('name')}>${err('name')}
<label for="email">${t('catalog:page.f_email')}</label><input id="email" name="email" type="email" autocomplete="email" value="${v('email')}" ${aria('email')}>${err('email')}
<label for="company">${t('catalog:page.f_company')}</label><input id="company" name="company" autocomplete="organization" value="${v('company')}" ${aria('company')}>${err('company')}
<label for="country">${t('catalog:page.f_country')}</label><input id="country" name="country" maxlength="2" autocomplete="country" value="${v('country')}" ${aria('country')}>${err('country')}
<label for="targetPrice">${t('catalog:page.f_target')} (${p.price.currency})</label><input id="targetPrice" name="targetPrice" type="number" min="0" step="any" value="${v('targetPrice')}" ${aria('targetPrice')}>${err('targetPrice')}
<input type="hidden" name="targetCurrency" value="${p.price.currency}">
<div class="hp" aria-hidden="true"><label for="website">${t('catalog:page.f_website')}</label><input id="website" name="website" tabindex="-1" autocomplete="off"></div>
<p><button type="submit">${t('catalog:page.send')}</button></p>
</form></section>`;
}

export type ProductPageInput = {
  product: PublicProduct;
  locale: Locale;
  origin: string;
  currencyQuery: (code: string) => string;
  form: InquiryFormState;
};

export function renderProductPage({
  product: p,
  locale,
  origin,
  currencyQuery,
  form,
}: ProductPageInput): string {
  const t = translator(locale);
  const [first, ...rest] = p.photos;
  const dims = p.dimensions
    ? [p.dimensions.lengthMm, p.dimensions.widthMm, p.dimensions.heightMm]
        .filter((d): d is number => d !== null)
        .map((d) => formatNumber(d, locale, 1))
        .join(' × ')
    : '';
  const maker = p.maker;
  const body = html`<p><a href="${productPath(locale, '').replace(/\/$/, '')}">← ${t('catalog:page.back')}</a></p>
<article class="product">
<div class="gallery">${first ? picture(first, t('catalog:page.photo_alt', { name: p.name, n: 1 }), { eager: true }) : html`<div class="ph" role="img" aria-label="${t('catalog:page.no_photo')}"></div>`}
${rest.length > 0 ? html`<div class="thumbs">${rest.map((ph, i) => html`<a href="${ph.urls.large}"><img src="${ph.urls.small}" width="72" height="72" loading="lazy" alt="${t('catalog:page.photo_alt', { name: p.name, n: i + 2 })}"></a>`)}</div>` : ''}
</div>
<div>
<h1>${p.name}</h1>
<p class="muted">${t('catalog:page.from', { maker: p.makerName })}${p.city ? ` · ${p.city}` : ''} · ${t(`catalog:category.${p.category}`)} · ${t(`catalog:technique.${p.technique}`)}</p>
${p.featured ? html`<span class="tag f">${t('catalog:page.featured')}</span>` : ''}${p.exportReady ? html`<span class="tag">${t('catalog:page.export_ready')}</span>` : ''}
<p class="price">${priceText(p.price, locale)}</p>
<p class="muted">${rateNote(p.price, locale)}</p>
${p.tiers.length > 0 ? html`<h2>${t('catalog:page.tiers')}</h2><dl>${p.tiers.map((tier) => row(t('catalog:page.tier_row', { count: tier.minQuantity }), priceText(tier.price, locale)))}</dl>` : ''}
<h2>${t('catalog:page.details')}</h2>
<dl>
${row(t('catalog:page.moq'), t('catalog:page.pieces', { count: p.moq }))}
${row(t('catalog:page.lead_time'), t('catalog:page.days', { count: p.leadTimeDays }))}
${row(t('catalog:page.capacity'), p.monthlyCapacity ? t('catalog:page.pieces', { count: p.monthlyCapacity }) : '')}
${row(t('catalog:page.materials'), p.materials.join(', '))}
${row(t('catalog:page.species'), p.species ? html`<i>${p.species}</i>` : '')}
${row(t('catalog:page.dimensions'), dims ? `${dims} mm` : '')}
${row(t('catalog:page.weight'), p.weightG ? `${formatNumber(p.weightG, locale, 1)} g` : '')}
${row(t('catalog:page.finishes'), p.finishes.join(', '))}
${row(t('catalog:page.hs_code'), p.hsCode)}
${row(t('catalog:page.certifications'), p.certifications.join(', '))}
</dl>
<div>${p.description.split(/\n{2,}/).map((para) => html`<p>${para}</p>`)}</div>
${p.compliance.length > 0 ? html`<h2>${t('catalog:page.compliance')}</h2><dl>${p.compliance.map((c) => row(`${c.market} · ${t(`catalog:topic.${c.topic}`)}`, c.note))}</dl>` : ''}
</div>
</article>
<section class="box"><h2>${t('catalog:page.provenance')}</h2>
<h3>${t('catalog:page.maker_story', { maker: maker.name })}</h3>
<p>${maker.story}</p>
<p class="muted">${[
    maker.city,
    maker.yearFounded ? t('catalog:page.founded', { year: maker.yearFounded }) : null,
    maker.legalRegistered ? t('catalog:page.legal') : null,
    t('catalog:page.readiness', { score: maker.readinessScore }),
  ]
    .filter(Boolean)
    .join(' · ')}</p>
${maker.exportCountries.length > 0 ? html`<p class="muted">${t('catalog:page.exports_to', { countries: maker.exportCountries.map((c) => countryName(c, locale)).join(', ') })}</p>` : ''}
<h3>${t('catalog:page.training_title')}</h3>
${maker.training.length === 0 ? html`<p class="muted">${t('catalog:page.training_none')}</p>` : html`<ul>${maker.training.map((c) => html`<li>${c.title} · ${c.issuer}${c.date ? ` · ${formatDate(c.date, locale)}` : ''}${c.verifyUrl ? html` · <a href="${c.verifyUrl}">${t('catalog:page.verify')}</a>` : ''}</li>`)}</ul>`}
${p.qc ? html`<h3>${t('catalog:page.qc_title')}</h3><p>${t('catalog:page.qc_line', { batch: p.qc.batchName, passed: p.qc.passed, pieces: p.qc.pieces, rework: p.qc.rework, rejected: p.qc.rejected })}${p.qc.completedAt ? ` (${formatDate(p.qc.completedAt, locale)})` : ''}</p>${p.qc.defects.length > 0 ? html`<p class="muted">${t('catalog:page.qc_defects', { defects: p.qc.defects.map((d) => t(`electroforming:defects.${d}.name`, { defaultValue: d })).join(', ') })}</p>` : ''}` : ''}
<p><a href="${makerPath(locale, maker.slug)}">${t('catalog:page.more_from', { maker: maker.name })}</a></p>
</section>
${inquiryForm(p, locale, form)}`;
  const description = (p.description || p.name).replace(/\s+/g, ' ').slice(0, 160);
  return layout(
    {
      locale,
      title: `${p.name} – ${p.makerName} | ${t('catalog:page.site')}`,
      description,
      canonical: `${origin}${productPath(locale, p.slug)}`,
      alternates: {
        id: `${origin}${productPath('id', p.slug)}`,
        en: `${origin}${productPath('en', p.slug)}`,
      },
      image: first ? `${origin}${first.urls.jpeg}` : null,
      type: 'product',
      switchTo: `${productPath(otherLocale(locale), p.slug)}${currencyQuery(p.price.currency)}`,
      currencyLinks: (['USD', 'EUR', 'IDR'] as const).map((code) => ({
        code,
        href: `${productPath(locale, p.slug)}${currencyQuery(code)}`,
        active: code === p.price.currency,
      })),
    },
    body,
  );
}
