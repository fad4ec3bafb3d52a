import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  Batch,
  BatchList,
  Bath,
  BathList,
  Calibration,
  CostingInput,
  CostingResult,
  CreateBatchBody,
  CreateBathBody,
  CreateMaintenanceBody,
  CreatePriceSheetBody,
  ElectroformingSettings,
  MaintenanceEntry,
  MaintenanceList,
  PriceSheet,
  PriceSheetList,
  RecordQcBody,
  Stats,
  Summary,
  UpdateBatchBody,
  UpdateBathBody,
} from '#core/schemas/electroforming';
import { api } from '#web/lib/api';

const BASE = '/electroforming';

export type BathListResult = z.infer<typeof BathList>;
export type BatchListResult = z.infer<typeof BatchList>;
export type BatchListItem = BatchListResult['items'][number];
export type SheetListResult = z.infer<typeof PriceSheetList>;
export type CalibrationResult = z.infer<typeof Calibration>;
export type MaintenanceListResult = z.infer<typeof MaintenanceList>;

export const efKeys = {
  all: ['ef'] as const,
  baths: (query?: object) => ['ef', 'baths', query ?? {}] as const,
  bath: (id: string) => ['ef', 'bath', id] as const,
  maintenance: (id: string) => ['ef', 'maintenance', id] as const,
  batches: (query?: object) => ['ef', 'batches', query ?? {}] as const,
  batch: (id: string) => ['ef', 'batch', id] as const,
  sheets: (query?: object) => ['ef', 'sheets', query ?? {}] as const,
  stats: (query?: object) => ['ef', 'stats', query ?? {}] as const,
  summary: ['ef', 'summary'] as const,
  settings: ['ef', 'settings'] as const,
};

type PageQuery = { page?: number; pageSize?: number };

// ---------------------------------------------------------------- baths

export function useBaths(query: PageQuery & { status?: string } = {}) {
  return useQuery({
    queryKey: efKeys.baths(query),
    queryFn: ({ signal }) =>
      api<BathListResult>(`${BASE}/baths`, { query: { pageSize: 100, ...query }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useBath(id: string) {
  return useQuery({
    queryKey: efKeys.bath(id),
    queryFn: ({ signal }) => api<Bath>(`${BASE}/baths/${id}`, { signal }),
  });
}

export function useSaveBath() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: CreateBathBody | UpdateBathBody }) =>
      id
        ? api<Bath>(`${BASE}/baths/${id}`, { method: 'PATCH', body })
        : api<Bath>(`${BASE}/baths`, { method: 'POST', body }),
    onSuccess: (bath) => {
      client.setQueryData(efKeys.bath(bath.id), bath);
      return client.invalidateQueries({ queryKey: ['ef'] });
    },
  });
}

export function useDeleteBath() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api(`${BASE}/baths/${id}`, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['ef'] }),
  });
}

export function useMaintenance(bathId: string) {
  return useQuery({
    queryKey: efKeys.maintenance(bathId),
    queryFn: ({ signal }) =>
      api<MaintenanceListResult>(`${BASE}/baths/${bathId}/maintenance`, { query: { pageSize: 100 }, signal }),
  });
}

export function useAddMaintenance(bathId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateMaintenanceBody) =>
      api<MaintenanceEntry>(`${BASE}/baths/${bathId}/maintenance`, { method: 'POST', body }),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: efKeys.maintenance(bathId) }),
        client.invalidateQueries({ queryKey: efKeys.bath(bathId) }),
        client.invalidateQueries({ queryKey: ['ef', 'baths'] }),
      ]),
  });
}

// ---------------------------------------------------------------- batches

export function useBatches(query: PageQuery & { bathId?: string; status?: string } = {}) {
  return useQuery({
    queryKey: efKeys.batches(query),
    queryFn: ({ signal }) =>
      api<BatchListResult>(`${BASE}/batches`, { query: { pageSize: 100, ...query }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useBatch(id: string) {
  return useQuery({
    queryKey: efKeys.batch(id),
    queryFn: ({ signal }) => api<Batch>(`${BASE}/batches/${id}`, { signal }),
  });
}

export function useCreateBatch() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateBatchBody) => api<Batch>(`${BASE}/batches`, { method: 'POST', body }),
    onSuccess: (batch) => {
      client.setQueryData(efKeys.batch(batch.id), batch);
      return client.invalidateQueries({ queryKey: ['ef', 'batches'] });
    },
  });
}

export function useDeleteBatch() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api(`${BASE}/batches/${id}`, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['ef'] }),
  });
}

/** Every run action answers the whole batch: it replaces the cached one at once. */
export type BatchAction =
  | { type: 'update'; body: UpdateBatchBody }
  | { type: 'status'; status: Batch['status']; at?: string }
  | {
      type: 'reading';
      body: { at: string; currentA: number; volts?: number; temperatureC?: number; note?: string };
    }
  | { type: 'deleteReading'; readingId: string }
  | { type: 'finishing'; body: { kind: string; performedOn: string; costIdr?: number; note?: string } }
  | { type: 'deleteFinishing'; stepId: string }
  | { type: 'qc'; pieceId: string; body: RecordQcBody };

function runAction(id: string, action: BatchAction): Promise<Batch> {
  const path = `${BASE}/batches/${id}`;
  switch (action.type) {
    case 'update':
      return api<Batch>(path, { method: 'PATCH', body: action.body });
    case 'status':
      return api<Batch>(`${path}/status`, { method: 'POST', body: { status: action.status, at: action.at } });
    case 'reading':
      return api<Batch>(`${path}/readings`, { method: 'POST', body: action.body });
    case 'deleteReading':
      return api<Batch>(`${path}/readings/${action.readingId}`, { method: 'DELETE' });
    case 'finishing':
      return api<Batch>(`${path}/finishing`, { method: 'POST', body: action.body });
    case 'deleteFinishing':
      return api<Batch>(`${path}/finishing/${action.stepId}`, { method: 'DELETE' });
    case 'qc':
      return api<Batch>(`${path}/pieces/${action.pieceId}/qc`, { method: 'PUT', body: action.body });
  }
}

export function useBatchAction(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (action: BatchAction) => runAction(id, action),
    onSuccess: (batch) => {
      client.setQueryData(efKeys.batch(id), batch);
      return Promise.all([
        client.invalidateQueries({ queryKey: ['ef', 'batches'] }),
        client.invalidateQueries({ queryKey: ['ef', 'stats'] }),
      ]);
    },
  });
}

export function useCalibrate(batchId: string, bathId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { measuredMassG?: number; applyToBath: boolean }) =>
      api<CalibrationResult>(`${BASE}/batches/${batchId}/calibration`, { method: 'POST', body }),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: efKeys.batch(batchId) }),
        client.invalidateQueries({ queryKey: efKeys.bath(bathId) }),
        client.invalidateQueries({ queryKey: ['ef', 'baths'] }),
      ]),
  });
}

export function useCosting(batchId: string) {
  return useMutation({
    mutationFn: (body: Partial<CostingInput>) =>
      api<CostingResult>(`${BASE}/batches/${batchId}/costing`, { method: 'POST', body }),
  });
}

// ---------------------------------------------------------------- price sheets, settings, stats

export function usePriceSheets(query: PageQuery & { batchId?: string } = {}) {
  return useQuery({
    queryKey: efKeys.sheets(query),
    queryFn: ({ signal }) =>
      api<SheetListResult>(`${BASE}/price-sheets`, { query: { pageSize: 100, ...query }, signal }),
  });
}

export function useCreatePriceSheet() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreatePriceSheetBody) =>
      api<PriceSheet>(`${BASE}/price-sheets`, { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['ef', 'sheets'] }),
  });
}

export function useDeletePriceSheet() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api(`${BASE}/price-sheets/${id}`, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['ef', 'sheets'] }),
  });
}

export function useSettings(enabled = true) {
  return useQuery({
    queryKey: efKeys.settings,
    queryFn: ({ signal }) => api<ElectroformingSettings>(`${BASE}/settings`, { signal }),
    enabled,
    staleTime: 5 * 60_000,
  });
}

export function useSaveSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { idrPerUsd: number; idrPerEur: number; pricePerKwhIdr: number }) =>
      api<ElectroformingSettings>(`${BASE}/settings`, { method: 'PUT', body }),
    onSuccess: (settings) => client.setQueryData(efKeys.settings, settings),
  });
}

export function useStats(query: { bathId?: string; from?: string; to?: string } = {}) {
  return useQuery({
    queryKey: efKeys.stats(query),
    queryFn: ({ signal }) => api<Stats>(`${BASE}/stats`, { query, signal }),
  });
}

export function useSummary() {
  return useQuery({
    queryKey: efKeys.summary,
    queryFn: ({ signal }) => api<Summary>(`${BASE}/summary`, { signal }),
  });
}
