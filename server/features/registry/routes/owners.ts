import { IdParams } from '#core/schemas/common';
import {
  EraseOwnerBody,
  LinkOwnerAccountBody,
  Owner,
  OwnerExport,
  RevealNikBody,
  RevealNikResponse,
  UpdateOwnerBody,
} from '#core/schemas/registry';
import { requireRole } from '#server/lib/authorize';
import { contextFrom } from '#server/lib/context';
import type { App } from '#server/lib/http';
import { requestLocale, translate } from '#server/lib/i18n';
import * as service from '../service';
import { NO_STORE, requireRegistryRole } from './respond';

const tags = ['registry'];

export default async function ownerRoutes(app: App) {
  app.get(
    '/owners/:id',
    { schema: { tags, params: IdParams, response: { 200: Owner } } },
    async (request) => {
      requireRegistryRole(request);
      return service.getOwner(contextFrom(request), request.params.id);
    },
  );

  app.patch(
    '/owners/:id',
    { schema: { tags, params: IdParams, body: UpdateOwnerBody, response: { 200: Owner } } },
    async (request) => {
      requireRegistryRole(request);
      return (await service.updateOwner(contextFrom(request), request.params.id, request.body)).owner;
    },
  );

  app.post(
    '/owners/:id/account',
    { schema: { tags, params: IdParams, body: LinkOwnerAccountBody, response: { 200: Owner } } },
    async (request) => {
      requireRole(request, 'admin');
      return service.linkOwnerAccount(contextFrom(request), request.params.id, request.body);
    },
  );

  app.delete(
    '/owners/:id/account',
    { schema: { tags, params: IdParams, response: { 200: Owner } } },
    async (request) => {
      requireRole(request, 'admin');
      return service.unlinkOwnerAccount(contextFrom(request), request.params.id);
    },
  );

  app.post(
    '/owners/:id/reveal-nik',
    { schema: { tags, params: IdParams, body: RevealNikBody, response: { 200: RevealNikResponse } } },
    async (request, reply) => {
      requireRole(request, 'admin');
      const result = await service.revealNik(contextFrom(request), request.params.id, request.body.reason);
      return reply.header('cache-control', NO_STORE).send(result);
    },
  );

  app.get(
    '/owners/:id/export',
    { schema: { tags, params: IdParams, response: { 200: OwnerExport } } },
    async (request, reply) => {
      requireRole(request, 'admin', 'ikm_owner');
      const data = await service.exportOwner(contextFrom(request), request.params.id);
      const notice = translate(requestLocale(request), data.noticeToReader);
      return reply
        .header('cache-control', NO_STORE)
        .header('content-disposition', `attachment; filename="data-pribadi-${request.params.id}.json"`)
        .send({ ...data, noticeToReader: notice });
    },
  );

  app.post(
    '/owners/:id/erase',
    { schema: { tags, params: IdParams, body: EraseOwnerBody, response: { 200: Owner } } },
    async (request) => {
      requireRole(request, 'admin');
      return service.eraseOwner(contextFrom(request), request.params.id, request.body.reason);
    },
  );
}
