import { IdParams, OkResponse } from '#core/schemas/common';
import {
  Business,
  BusinessHistory,
  BusinessList,
  BusinessSaved,
  CreateBusinessBody,
  DuplicateList,
  DuplicatesQuery,
  HistoryQuery,
  ListBusinessesQuery,
  MapPoints,
  MapQuery,
  MergeBody,
  MergedPointer,
  MergeResult,
  UpdateBusinessBody,
} from '#core/schemas/registry';
import { requireRole } from '#server/lib/authorize';
import { contextFrom } from '#server/lib/context';
import type { App } from '#server/lib/http';
import * as service from '../service';
import { requireRegistryRole, translateWarnings } from './respond';

const tags = ['registry'];

export default async function businessRoutes(app: App) {
  app.get(
    '/businesses',
    { schema: { tags, querystring: ListBusinessesQuery, response: { 200: BusinessList } } },
    async (request) => {
      requireRegistryRole(request);
      return service.listBusinesses(contextFrom(request), request.query);
    },
  );

  app.post(
    '/businesses',
    { schema: { tags, body: CreateBusinessBody, response: { 201: BusinessSaved } } },
    async (request, reply) => {
      requireRole(request, 'admin', 'officer');
      const { business, warnings } = await service.createBusiness(contextFrom(request), request.body);
      return reply.status(201).send({ ...business, warnings: translateWarnings(request, warnings) });
    },
  );

  app.get(
    '/businesses/map',
    { schema: { tags, querystring: MapQuery, response: { 200: MapPoints } } },
    async (request) => {
      requireRegistryRole(request);
      return service.listMapPoints(contextFrom(request), request.query);
    },
  );

  // The query string may carry a NIK: this route's request lines are not logged.
  app.get(
    '/businesses/duplicates',
    { logLevel: 'warn', schema: { tags, querystring: DuplicatesQuery, response: { 200: DuplicateList } } },
    async (request) => {
      requireRole(request, 'admin', 'officer');
      return service.findDuplicates(contextFrom(request), request.query);
    },
  );

  app.post(
    '/businesses/duplicates',
    { schema: { tags, body: DuplicatesQuery, response: { 200: DuplicateList } } },
    async (request) => {
      requireRole(request, 'admin', 'officer');
      return service.findDuplicates(contextFrom(request), request.body);
    },
  );

  app.get(
    '/businesses/:id',
    { schema: { tags, params: IdParams, response: { 200: Business, 301: MergedPointer } } },
    async (request, reply) => {
      requireRegistryRole(request);
      const found = await service.resolveBusiness(contextFrom(request), request.params.id);
      if (found.kind === 'business') return found.business;
      const location = `/api/businesses/${found.mergedIntoId}`;
      return reply
        .status(301)
        .header('location', location)
        .send({ mergedIntoId: found.mergedIntoId, location });
    },
  );

  app.patch(
    '/businesses/:id',
    { schema: { tags, params: IdParams, body: UpdateBusinessBody, response: { 200: BusinessSaved } } },
    async (request) => {
      requireRegistryRole(request);
      const { business, warnings } = await service.updateBusiness(
        contextFrom(request),
        request.params.id,
        request.body,
      );
      return { ...business, warnings: translateWarnings(request, warnings) };
    },
  );

  app.delete(
    '/businesses/:id',
    { schema: { tags, params: IdParams, response: { 200: OkResponse } } },
    async (request) => {
      requireRole(request, 'admin', 'officer');
      await service.deleteBusiness(contextFrom(request), request.params.id);
      return { ok: true as const };
    },
  );

  app.get(
    '/businesses/:id/history',
    { schema: { tags, params: IdParams, querystring: HistoryQuery, response: { 200: BusinessHistory } } },
    async (request) => {
      requireRegistryRole(request);
      return service.getBusinessHistory(contextFrom(request), request.params.id, request.query);
    },
  );

  app.post(
    '/businesses/:id/merge',
    { schema: { tags, params: IdParams, body: MergeBody, response: { 200: MergeResult } } },
    async (request) => {
      requireRole(request, 'admin');
      return service.mergeBusinesses(contextFrom(request), {
        survivorId: request.params.id,
        otherId: request.body.otherId,
      });
    },
  );
}
