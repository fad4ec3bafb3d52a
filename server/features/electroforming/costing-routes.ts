import { IdParams, OkResponse } from '#core/schemas/common';
import {
  CostingInput,
  CostingResult,
  CreatePriceSheetBody,
  ElectroformingSettings,
  ListPriceSheetsQuery,
  PriceSheet,
  PriceSheetList,
  UpdateElectroformingSettingsBody,
} from '#core/schemas/electroforming-records';
import { requireRole } from '#server/lib/authorize';
import { contextFrom } from '#server/lib/context';
import type { App } from '#server/lib/http';
import * as service from './service';

const tags = ['electroforming'];

export default async function costingRoutes(app: App) {
  app.post(
    '/electroforming/batches/:id/costing',
    { schema: { tags, params: IdParams, body: CostingInput, response: { 200: CostingResult } } },
    async (request) => {
      requireRole(request, 'ikm_owner', 'admin');
      return service.costBatchFor(contextFrom(request), request.params.id, request.body);
    },
  );

  app.get(
    '/electroforming/price-sheets',
    { schema: { tags, querystring: ListPriceSheetsQuery, response: { 200: PriceSheetList } } },
    async (request) => {
      requireRole(request, 'ikm_owner', 'admin');
      return service.listPriceSheets(contextFrom(request), request.query);
    },
  );

  app.post(
    '/electroforming/price-sheets',
    { schema: { tags, body: CreatePriceSheetBody, response: { 201: PriceSheet } } },
    async (request, reply) => {
      requireRole(request, 'ikm_owner');
      return reply.status(201).send(await service.createPriceSheet(contextFrom(request), request.body));
    },
  );

  app.get(
    '/electroforming/price-sheets/:id',
    { schema: { tags, params: IdParams, response: { 200: PriceSheet } } },
    async (request) => {
      requireRole(request, 'ikm_owner', 'admin');
      return service.getPriceSheet(contextFrom(request), request.params.id);
    },
  );

  app.delete(
    '/electroforming/price-sheets/:id',
    { schema: { tags, params: IdParams, response: { 200: OkResponse } } },
    async (request) => {
      requireRole(request, 'ikm_owner');
      await service.deletePriceSheet(contextFrom(request), request.params.id);
      return { ok: true as const };
    },
  );

  app.get(
    '/electroforming/settings',
    { schema: { tags, response: { 200: ElectroformingSettings } } },
    async (request) => {
      requireRole(request, 'admin', 'ikm_owner');
      return service.getSettings(contextFrom(request));
    },
  );

  app.put(
    '/electroforming/settings',
    { schema: { tags, body: UpdateElectroformingSettingsBody, response: { 200: ElectroformingSettings } } },
    async (request) => {
      requireRole(request, 'admin');
      return service.updateSettings(contextFrom(request), request.body);
    },
  );
}
