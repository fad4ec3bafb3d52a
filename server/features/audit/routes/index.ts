import { auditApi } from '#core/api/audit';
import { requireRole } from '#server/lib/authorize';
import { contextFrom } from '#server/lib/context';
import { registerEndpoints } from '#server/lib/endpoints';
import type { App } from '#server/lib/http';
import * as service from '../service';

export default async function auditRoutes(app: App) {
  registerEndpoints(app, auditApi, {
    list: async (request) => {
      requireRole(request, 'admin');
      return service.listAudit(contextFrom(request), request.query);
    },
    actions: async (request) => {
      requireRole(request, 'admin');
      return service.listAuditActions(contextFrom(request));
    },
  });
}
