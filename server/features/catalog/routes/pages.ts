import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Currency } from '#core/domain/catalog';
import type { Locale } from '#core/i18n/locales';
import { CreateInquiryBody, PublicProductsQuery, SlugParams } from '#core/schemas/catalog';
import { AppError } from '#server/lib/errors';
import { translate, translator } from '#server/lib/i18n';
import { escapeXml, html } from '../html/escape';
import { layout } from '../html/layout';
import { renderListPage } from '../html/list-page';
import { renderMakerPage } from '../html/maker-page';
import { type InquiryFormState, renderProductPage } from '../html/product-page';
import { catalogPath, makerPath, productPath } from '../html/urls';
import * as service from '../service';

/*
 * The buyers' catalog as server-rendered HTML (indexable, shareable, no JavaScript):
 * /catalog… in Bahasa Indonesia, /en/catalog… (or ?lang=en) in English, the inquiry form
 * posted back to the page, /sitemap.xml and /robots.txt.
 */

const HTML = 'text/html; charset=utf-8';

const originOf = (request: FastifyRequest) =>
  request.server.config.PUBLIC_URL ?? `${request.protocol}://${request.host}`;

function localeOf(request: FastifyRequest, prefixed: Locale): Locale {
  const lang = (request.query as Record<string, unknown>)?.lang;
  return lang === 'en' || lang === 'id' ? lang : prefixed;
}

function currencyOf(request: FastifyRequest, locale: Locale): Currency {
  const c = (request.query as Record<string, unknown>)?.currency;
  return c === 'USD' || c === 'EUR' || c === 'IDR' ? c : locale === 'en' ? 'USD' : 'IDR';
}

function notFoundPage(reply: FastifyReply, request: FastifyRequest, locale: Locale) {
  const t = translator(locale);
  const origin = originOf(request);
  return reply
    .status(404)
    .type(HTML)
    .send(
      layout(
        {
          locale,
          title: t('catalog:page.not_found'),
          description: t('catalog:page.not_found'),
          canonical: `${origin}${catalogPath(locale)}`,
          alternates: { id: `${origin}${catalogPath('id')}`, en: `${origin}${catalogPath('en')}` },
          switchTo: catalogPath(locale === 'en' ? 'id' : 'en'),
          noindex: true,
        },
        html`<h1>${t('catalog:page.not_found')}</h1><p><a href="${catalogPath(locale)}">${t('catalog:page.back')}</a></p>`,
      ),
    );
}

async function productPage(
  request: FastifyRequest,
  reply: FastifyReply,
  locale: Locale,
  form: InquiryFormState,
  status = 200,
) {
  const params = SlugParams.safeParse(request.params);
  if (!params.success) return notFoundPage(reply, request, locale);
  const currency = currencyOf(request, locale);
  try {
    const render = async () =>
      renderProductPage({
        product: await service.getPublicProduct(
          request.server.database.db,
          params.data.slug,
          locale,
          currency,
        ),
        locale,
        origin: originOf(request),
        currencyQuery: (code) => (code === (locale === 'en' ? 'USD' : 'IDR') ? '' : `?currency=${code}`),
        form,
      });
    // Only the plain page (no form state) is shared between visitors.
    const plain = status === 200 && !form.sent && Object.keys(form.values).length === 0;
    const body = plain
      ? await service.cachedPage(`p:${originOf(request)}:${params.data.slug}:${locale}:${currency}`, render)
      : await render();
    return reply.status(status).type(HTML).header('cache-control', 'no-cache').send(body);
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') return notFoundPage(reply, request, locale);
    throw error;
  }
}

function fieldErrors(error: { issues: { path: PropertyKey[]; message: string }[] }, locale: Locale) {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? 'message');
    out[key] ??= translate(locale, issue.message);
  }
  return out;
}

async function postInquiry(request: FastifyRequest, reply: FastifyReply, locale: Locale) {
  const params = SlugParams.safeParse(request.params);
  if (!params.success) return notFoundPage(reply, request, locale);
  const raw = (request.body ?? {}) as Record<string, string>;
  const values = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, String(v)]));
  const input = Object.fromEntries(Object.entries(values).filter(([, v]) => v.trim() !== ''));
  const parsed = CreateInquiryBody.safeParse({ ...input, productSlug: params.data.slug, lang: locale });
  if (!parsed.success)
    return productPage(request, reply, locale, { values, errors: fieldErrors(parsed.error, locale) }, 400);
  try {
    await service.createInquiry(
      {
        db: request.server.database.db,
        config: request.server.config,
        ip: request.ip ?? null,
        log: (error) => request.log.warn({ err: error }, 'inquiry mail not sent'),
      },
      parsed.data,
    );
  } catch (error) {
    if (error instanceof AppError && error.code === 'rate_limited')
      return productPage(
        request,
        reply,
        locale,
        { values, errors: {}, alert: translate(locale, error.message) },
        429,
      );
    if (error instanceof AppError && error.code === 'validation_failed') {
      const errors = Object.fromEntries(
        (error.details?.fields ?? []).map((f) => [f.path, translate(locale, f.message, f.params)]),
      );
      return productPage(request, reply, locale, { values, errors }, 400);
    }
    throw error;
  }
  const currency = (request.query as Record<string, string>)?.currency;
  return reply.redirect(
    `${productPath(locale, params.data.slug)}?sent=1${currency ? `&currency=${currency}` : ''}#inquiry`,
    303,
  );
}

async function listPage(request: FastifyRequest, reply: FastifyReply, prefixed: Locale) {
  const locale = localeOf(request, prefixed);
  const raw = Object.fromEntries(
    Object.entries((request.query ?? {}) as Record<string, string>).filter(([, v]) => v !== ''),
  );
  const parsed = PublicProductsQuery.safeParse({
    ...raw,
    lang: locale,
    currency: currencyOf(request, locale),
  });
  const query = parsed.success
    ? parsed.data
    : PublicProductsQuery.parse({ lang: locale, currency: currencyOf(request, locale) });
  const { items, total } = await service.listPublicProducts(request.server.database.db, query);
  return reply
    .type(HTML)
    .header('cache-control', 'no-cache')
    .send(renderListPage({ locale, origin: originOf(request), query, items, total }));
}

async function makerPage(request: FastifyRequest, reply: FastifyReply, prefixed: Locale) {
  const locale = localeOf(request, prefixed);
  const params = SlugParams.safeParse(request.params);
  if (!params.success) return notFoundPage(reply, request, locale);
  const currency = currencyOf(request, locale);
  try {
    const { maker, products } = await service.getPublicMaker(
      request.server.database.db,
      params.data.slug,
      locale,
      currency,
    );
    return reply
      .type(HTML)
      .header('cache-control', 'no-cache')
      .send(renderMakerPage({ maker, products, locale, origin: originOf(request), currency }));
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') return notFoundPage(reply, request, locale);
    throw error;
  }
}

export default async function catalogPages(app: FastifyInstance) {
  // The inquiry form posts application/x-www-form-urlencoded (works without JavaScript).
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 32 * 1024 },
    (_req, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(body as string)));
    },
  );
  const pub = { config: { public: true } };
  for (const prefixed of ['id', 'en'] as const) {
    const base = catalogPath(prefixed);
    app.get(base, pub, (request, reply) => listPage(request, reply, prefixed));
    app.get(`${base}/makers/:slug`, pub, (request, reply) => makerPage(request, reply, prefixed));
    app.get(`${base}/:slug`, pub, (request, reply) => {
      const locale = localeOf(request, prefixed);
      const sent = (request.query as Record<string, string>)?.sent === '1';
      return productPage(request, reply, locale, { values: {}, errors: {}, sent });
    });
    app.post(`${base}/:slug/inquiry`, { ...pub, config: { public: true, csrf: false } }, (request, reply) =>
      postInquiry(request, reply, localeOf(request, prefixed)),
    );
  }

  app.get('/sitemap.xml', pub, async (request, reply) => {
    const origin = originOf(request);
    const { products, makers } = await service.sitemapEntries(request.server.database.db);
    const entry = (path: (l: Locale) => string, lastmod?: Date) =>
      (['id', 'en'] as const)
        .map(
          (l) =>
            `<url><loc>${escapeXml(origin + path(l))}</loc>${lastmod ? `<lastmod>${lastmod.toISOString()}</lastmod>` : ''}` +
            `<xhtml:link rel="alternate" hreflang="id" href="${escapeXml(origin + path('id'))}"/>` +
            `<xhtml:link rel="alternate" hreflang="en" href="${escapeXml(origin + path('en'))}"/></url>`,
        )
        .join('');
    const body = [
      entry((l) => catalogPath(l)),
      ...products.map((p) => entry((l) => productPath(l, p.slug), p.updatedAt)),
      ...makers.map((m) => entry((l) => makerPath(l, m.slug), m.updatedAt)),
    ].join('\n');
    return reply
      .type('application/xml; charset=utf-8')
      .send(
        `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${body}\n</urlset>\n`,
      );
  });

  app.get('/robots.txt', pub, async (request, reply) =>
    reply
      .type('text/plain; charset=utf-8')
      .send(
        `User-agent: *\nAllow: /catalog\nAllow: /en/catalog\nAllow: /api/public/photos/\nDisallow: /api/\nDisallow: /catalog/*/inquiry\nDisallow: /en/catalog/*/inquiry\n\nSitemap: ${originOf(request)}/sitemap.xml\n`,
      ),
  );
}
