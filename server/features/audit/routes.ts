import { z } from 'zod';
import { AuditList, ListAuditQuery } from '#core/schemas/audit';
import { requireRole } from '#server/lib/authorize';
import { contextFrom } from '#server/lib/context';
import type { App } from '#server/lib/http';
import * as service from './service';

const tags = ['audit'];

export default async function auditRoutes(app: App) {
  app.get(
    '/audit',
    { schema: { tags, querystring: ListAuditQuery, response: { 200: AuditList } } },
    async (request) => {
      requireRole(request, 'admin');
      return service.listAudit(contextFrom(request), request.query);
    },
  );

  app.get(
    '/audit/actions',
    { schema: { tags, response: { 200: z.object({ actions: z.array(z.string()) }) } } },
    async (request) => {
      requireRole(request, 'admin');
      return service.listAuditActions(contextFrom(request));
    },
  );
}
