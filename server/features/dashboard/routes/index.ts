import { dashboardApi } from '#core/api/dashboard';
import { contextFrom } from '#server/lib/context';
import { registerEndpoints } from '#server/lib/endpoints';
import type { App } from '#server/lib/http';
import * as service from '../service';

export default async function dashboardRoutes(app: App) {
  registerEndpoints(app, dashboardApi, {
    summary: async (request) => service.getSummary(contextFrom(request), request.query),
    needsMatrix: async (request) => service.getNeedsMatrix(contextFrom(request), request.query),
    targeting: async (request) => service.getTargeting(contextFrom(request), request.query),
    drill: async (request) => service.drillDown(contextFrom(request), request.query),
    reportPdf: async (request, reply) => {
      const file = await service.reportPdf(contextFrom(request), request.query);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .send(Buffer.from(file.bytes));
    },
    reportXlsx: async (request, reply) => {
      const file = await service.reportXlsx(contextFrom(request), request.query);
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .send(file.bytes);
    },
  });
}
