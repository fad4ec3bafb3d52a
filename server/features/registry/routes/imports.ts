import { importsApi, XLSX_TYPE } from '#core/api/registry';
import { officeDate } from '#core/time';
import { requireRole, requireUser } from '#server/lib/authorize';
import { contextFrom } from '#server/lib/context';
import { registerEndpoints } from '#server/lib/endpoints';
import { AppError } from '#server/lib/errors';
import type { App } from '#server/lib/http';
import { requestLocale, translate } from '#server/lib/i18n';
import * as service from '../service';
import { importKey } from '../service/import/parse/context';
import { attachment } from './respond';

/** Imports (upload, reports, rejected rows) and the XLSX export of the filtered list. */
export default async function importRoutes(app: App) {
  registerEndpoints(app, importsApi, {
    importBusinesses: async (request, reply) => {
      requireRole(request, 'admin', 'officer');
      if (!request.isMultipart())
        throw new AppError('unsupported_media_type', importKey('file.notMultipart'));
      const part = await request.file();
      if (part?.fieldname !== 'file') throw new AppError('bad_request', importKey('file.missing'));
      const upload = await service.storeUpload(contextFrom(request), part.file, part.filename);
      const outcome = await service.startImport(
        contextFrom(request),
        upload,
        request.query,
        requestLocale(request),
      );
      if (outcome.accepted) {
        const statusUrl = `/api/imports/${outcome.importId}`;
        return reply
          .status(202)
          .header('location', statusUrl)
          .send({ importId: outcome.importId, status: 'running', statusUrl });
      }
      return outcome.result;
    },
    listImports: async (request) => {
      requireRole(request, 'admin', 'officer');
      return service.listImports(contextFrom(request), request.query, requestLocale(request));
    },
    getImport: async (request) => {
      requireRole(request, 'admin', 'officer');
      return service.getImport(contextFrom(request), request.params.id, requestLocale(request));
    },
    importRejects: async (request, reply) => {
      requireRole(request, 'admin', 'officer');
      const { fileName, workbook } = await service.importRejects(
        contextFrom(request),
        request.params.id,
        requestLocale(request),
      );
      return reply
        .header('content-type', XLSX_TYPE)
        .header('content-disposition', attachment(fileName))
        .header('cache-control', 'no-store')
        .send(workbook);
    },
    exportBusinesses: async (request, reply) => {
      requireUser(request);
      const locale = requestLocale(request);
      const stream = service.exportBusinesses(contextFrom(request), request.query, locale);
      const day = officeDate();
      return reply
        .header('content-type', XLSX_TYPE)
        .header(
          'content-disposition',
          attachment(`${translate(locale, 'registry-import:export.fileName')}-${day}.xlsx`),
        )
        .header('cache-control', 'no-store')
        .send(stream);
    },
  });
}
