import { AuditActions, AuditList, ListAuditQuery } from '#core/schemas/audit';
import { defineEndpoints } from './endpoint';

const tags = ['audit'] as const;

export const auditApi = defineEndpoints({
  list: { method: 'GET', path: '/audit', tags, query: ListAuditQuery, responses: { 200: AuditList } },
  actions: { method: 'GET', path: '/audit/actions', tags, responses: { 200: AuditActions } },
});
