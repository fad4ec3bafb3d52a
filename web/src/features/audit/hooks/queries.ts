import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { auditApi } from '#core/api/audit';
import type { ListAuditQuery } from '#core/schemas/audit';
import { call } from '#web/lib/client';

export function useAuditActions() {
  return useQuery({ queryKey: ['audit-actions'], queryFn: () => call(auditApi.actions) });
}

export function useAuditLog(query: z.input<typeof ListAuditQuery>) {
  return useQuery({
    queryKey: ['audit', query],
    queryFn: ({ signal }) => call(auditApi.list, { query, signal }),
    placeholderData: keepPreviousData,
  });
}
