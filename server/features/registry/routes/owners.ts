import { ownersApi } from '#core/api/registry';
import { requireRole } from '#server/lib/authorize';
import { contextFrom } from '#server/lib/context';
import { registerEndpoints } from '#server/lib/endpoints';
import type { App } from '#server/lib/http';
import { requestLocale, translate } from '#server/lib/i18n';
import * as service from '../service';
import { NO_STORE, requireRegistryRole } from './respond';

export default async function ownerRoutes(app: App) {
  registerEndpoints(app, ownersApi, {
    getOwner: async (request) => {
      requireRegistryRole(request);
      return service.getOwner(contextFrom(request), request.params.id);
    },
    updateOwner: async (request) => {
      requireRegistryRole(request);
      return (await service.updateOwner(contextFrom(request), request.params.id, request.body)).owner;
    },
    linkOwnerAccount: async (request) => {
      requireRole(request, 'admin');
      return service.linkOwnerAccount(contextFrom(request), request.params.id, request.body);
    },
    unlinkOwnerAccount: async (request) => {
      requireRole(request, 'admin');
      return service.unlinkOwnerAccount(contextFrom(request), request.params.id);
    },
    revealNik: async (request, reply) => {
      requireRole(request, 'admin');
      const result = await service.revealNik(contextFrom(request), request.params.id, request.body.reason);
      return reply.header('cache-control', NO_STORE).send(result);
    },
    exportOwner: async (request, reply) => {
      requireRole(request, 'admin', 'ikm_owner');
      const data = await service.exportOwner(contextFrom(request), request.params.id);
      const notice = translate(requestLocale(request), data.noticeToReader);
      return reply
        .header('cache-control', NO_STORE)
        .header('content-disposition', `attachment; filename="data-pribadi-${request.params.id}.json"`)
        .send({ ...data, noticeToReader: notice });
    },
    eraseOwner: async (request) => {
      requireRole(request, 'admin');
      return service.eraseOwner(contextFrom(request), request.params.id, request.body.reason);
    },
  });
}
