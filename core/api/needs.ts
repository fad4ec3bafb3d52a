import { IdParams } from '#core/schemas/common';
import {
  CreateNeedBody,
  CreateNeedResponse,
  CreateSupportBody,
  CreateSupportResponse,
  NeedDetail,
  NeedsFromGapsResponse,
  NeedsFromReadinessBody,
  NeedsPage,
  NeedsQuery,
  SupportDetail,
  SupportPage,
  SupportQuery,
  UpdateNeedStatusBody,
} from '#core/schemas/needs';
import { defineEndpoints } from './endpoint';

const tags = ['needs'] as const;

export const needsApi = defineEndpoints({
  listNeeds: { method: 'GET', path: '/needs', tags, query: NeedsQuery, responses: { 200: NeedsPage } },
  createNeed: {
    method: 'POST',
    path: '/needs',
    tags,
    body: CreateNeedBody,
    responses: { 201: CreateNeedResponse },
    summary: 'Records a need; a second open need of the same business and category answers 409.',
  },
  getNeed: { method: 'GET', path: '/needs/:id', tags, params: IdParams, responses: { 200: NeedDetail } },
  changeNeedStatus: {
    method: 'PATCH',
    path: '/needs/:id',
    tags,
    params: IdParams,
    body: UpdateNeedStatusBody,
    responses: { 200: NeedDetail },
    summary: 'Moves a need to another status; a change not allowed answers 400 naming `status`.',
  },
  needsFromReadiness: {
    method: 'POST',
    path: '/needs/from-readiness',
    tags,
    body: NeedsFromReadinessBody,
    responses: { 200: NeedsFromGapsResponse },
    summary: "Turns a business's export-readiness gaps into needs (idempotent).",
  },
  listSupport: {
    method: 'GET',
    path: '/support',
    tags,
    query: SupportQuery,
    responses: { 200: SupportPage },
  },
  createSupport: {
    method: 'POST',
    path: '/support',
    tags,
    body: CreateSupportBody,
    responses: { 201: CreateSupportResponse },
  },
  getSupport: {
    method: 'GET',
    path: '/support/:id',
    tags,
    params: IdParams,
    responses: { 200: SupportDetail },
  },
});
