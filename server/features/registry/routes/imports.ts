import { rm } from 'node:fs/promises';
import { IdParams } from '#core/schemas/common';
import {
  ImportAccepted,
  ImportList,
  ImportQuery,
  ImportResult,
  ListImportsQuery,
} from '#core/schemas/registry-import';
import { importKey } from '#server/features/registry/service/import/parse/context';
import { rejectsFileName, rejectsWorkbook } from '#server/features/registry/service/import/rejects';
import { requireRole } from '#server/lib/authorize';
import { contextFrom } from '#server/lib/context';
import { AppError } from '#server/lib/errors';
import type { App } from '#server/lib/http';
import { requestLocale } from '#server/lib/i18n';
import * as service from '../service';
import { attachment, XLSX_TYPE } from './respond';

const tags = ['registry-import'];

export default async function importRoutes(app: App) {
  app.post(
    '/businesses/import',
    {
      schema: {
        tags,
        summary: 'Import businesses from an XLSX or CSV file (multipart field "file")',
        querystring: ImportQuery,
        response: { 200: ImportResult, 202: ImportAccepted },
      },
    },
    async (request, reply) => {
      requireRole(request, 'admin', 'officer');
      if (!request.isMultipart())
        throw new AppError('unsupported_media_type', importKey('file.notMultipart'));
      const part = await request.file();
      if (part?.fieldname !== 'file') throw new AppError('bad_request', importKey('file.missing'));
      const upload = await service.storeUpload(part.file, part.filename);
      if (part.file.truncated) {
        await rm(upload.path, { force: true });
        throw new AppError('payload_too_large');
      }
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
  );

  app.get(
    '/imports',
    { schema: { tags, querystring: ListImportsQuery, response: { 200: ImportList } } },
    async (request) => {
      requireRole(request, 'admin', 'officer');
      return service.listImports(contextFrom(request), request.query, requestLocale(request));
    },
  );

  app.get(
    '/imports/:id',
    { schema: { tags, params: IdParams, response: { 200: ImportResult } } },
    async (request) => {
      requireRole(request, 'admin', 'officer');
      return service.getImport(contextFrom(request), request.params.id, requestLocale(request));
    },
  );

  app.get(
    '/imports/:id/rejects.xlsx',
    { schema: { tags, params: IdParams, produces: [XLSX_TYPE] } },
    async (request, reply) => {
      requireRole(request, 'admin', 'officer');
      const row = await service.loadImport(contextFrom(request), request.params.id);
      const locale = requestLocale(request);
      return reply
        .header('content-type', XLSX_TYPE)
        .header('content-disposition', attachment(rejectsFileName(row.fileName, locale)))
        .header('cache-control', 'no-store')
        .send(rejectsWorkbook(row, locale));
    },
  );
}
