import { MapQuery } from '#core/schemas/registry';
import { requireUser } from '#server/lib/authorize';
import { contextFrom } from '#server/lib/context';
import type { App } from '#server/lib/http';
import { requestLocale, translate } from '#server/lib/i18n';
import { exportBusinesses } from '../service';
import { attachment, XLSX_TYPE } from './respond';

export default async function exportRoutes(app: App) {
  app.get(
    '/businesses/export.xlsx',
    {
      schema: {
        tags: ['registry-import'],
        summary: 'The filtered business list as XLSX (same filters as GET /api/businesses; never NIK)',
        querystring: MapQuery,
        produces: [XLSX_TYPE],
      },
    },
    async (request, reply) => {
      requireUser(request);
      const locale = requestLocale(request);
      const stream = exportBusinesses(contextFrom(request), request.query, locale);
      const day = new Date().toISOString().slice(0, 10);
      return reply
        .header('content-type', XLSX_TYPE)
        .header(
          'content-disposition',
          attachment(`${translate(locale, 'registry-import:export.fileName')}-${day}.xlsx`),
        )
        .header('cache-control', 'no-store')
        .send(stream);
    },
  );
}
