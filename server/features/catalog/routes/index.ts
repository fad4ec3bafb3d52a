import { catalogApi, inquiriesApi, publicCatalogApi } from '#core/api/catalog';
import { CRAFT_HS_HEADINGS } from '#core/domain/catalog';
import { contextFrom } from '#server/lib/context';
import { registerEndpoints } from '#server/lib/endpoints';
import { fieldError } from '#server/lib/errors';
import type { App } from '#server/lib/http';
import { requestLocale, translate } from '#server/lib/i18n';
import * as service from '../service';

/** A catalog write's answer, after the public pages it may change are dropped from the cache. */
async function written<T>(result: Promise<T>): Promise<T> {
  const value = await result;
  service.clearPageCache();
  return value;
}

export default async function catalogRoutes(app: App) {
  registerEndpoints(app, catalogApi, {
    listProducts: async (request) => service.listProducts(contextFrom(request), request.query),
    createProduct: async (request) => written(service.createProduct(contextFrom(request), request.body)),
    getProduct: async (request) => service.getProduct(contextFrom(request), request.params.id),
    updateProduct: async (request) =>
      written(service.updateProduct(contextFrom(request), request.params.id, request.body)),
    submitProduct: async (request) => written(service.submitProduct(contextFrom(request), request.params.id)),
    publishProduct: async (request) =>
      written(service.publishProduct(contextFrom(request), request.params.id)),
    returnProduct: async (request) =>
      written(service.returnProduct(contextFrom(request), request.params.id, request.body.note)),
    featureProduct: async (request) =>
      written(service.featureProduct(contextFrom(request), request.params.id, request.body.featured)),
    addPhoto: async (request) => {
      const ctx = contextFrom(request);
      if (!request.isMultipart()) throw fieldError('photo', 'catalog:fields.photo_missing');
      const part = await request.file({ limits: { fileSize: service.MAX_PHOTO_BYTES } });
      const data = part ? await part.toBuffer() : null;
      if (part?.file.truncated) throw fieldError('photo', 'catalog:fields.photo_too_large');
      return written(service.addPhoto(ctx, request.params.id, data));
    },
    deletePhoto: async (request) =>
      written(service.deletePhoto(contextFrom(request), request.params.id, request.params.photoId)),
    businesses: async (request) => service.pickBusinesses(contextFrom(request), request.query.q),
    hsHeadings: async (request) => {
      const locale = requestLocale(request);
      return {
        items: CRAFT_HS_HEADINGS.map((h) => ({ code: h.code, label: translate(locale, h.labelKey) })),
      };
    },
    readiness: async (request) =>
      service.getReadiness(contextFrom(request), request.params.businessId, requestLocale(request)),
    getMaker: async (request) => service.getMaker(contextFrom(request), request.params.businessId),
    updateMaker: async (request) =>
      written(service.updateMaker(contextFrom(request), request.params.businessId, request.body.story)),
  });

  registerEndpoints(app, inquiriesApi, {
    list: async (request) =>
      service.listInquiries(contextFrom(request), request.query, requestLocale(request)),
    get: async (request) =>
      service.getInquiry(contextFrom(request), request.params.id, requestLocale(request)),
    update: async (request) =>
      service.updateInquiryStatus(
        contextFrom(request),
        request.params.id,
        request.body.status,
        requestLocale(request),
      ),
    reply: async (request) =>
      service.replyToInquiry(contextFrom(request), request.params.id, request.body, (error) =>
        request.log.warn({ err: error }, 'inquiry reply mail not sent'),
      ),
  });

  registerEndpoints(app, publicCatalogApi, {
    products: async (request) => {
      const { items, total } = await service.listPublicProducts(app.database.db, request.query);
      return { items, total };
    },
    product: async (request) =>
      service.getPublicProduct(
        app.database.db,
        request.params.slug,
        request.query.lang,
        request.query.currency,
      ),
    maker: async (request) =>
      (
        await service.getPublicMaker(
          app.database.db,
          request.params.slug,
          request.query.lang,
          request.query.currency,
        )
      ).maker,
    photo: async (request, reply) => {
      const photo = await service.readPhoto(contextFrom(request), request.params.id, request.params.file);
      return reply
        .header('content-type', photo.type)
        .header('cache-control', photo.isPublic ? 'public, max-age=86400' : 'private, no-store')
        .send(photo.data);
    },
    inquire: async (request) =>
      service.createInquiry(
        {
          db: app.database.db,
          config: app.config,
          ip: request.ip ?? null,
          log: (error) => request.log.warn({ err: error }, 'inquiry mail not sent'),
        },
        request.body,
      ),
  });
}
