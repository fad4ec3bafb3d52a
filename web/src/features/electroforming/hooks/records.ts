import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { electroformingApi } from '#core/api/electroforming';
import type { InputOf, ResultOf } from '#core/api/endpoint';
import type {
  Batch,
  CalibrateBatchBody,
  CostingInput,
  CreateFinishingStepBody,
  CreateReadingBody,
  RecordQcBody,
  UpdateBatchBody,
  UpdateBathBody,
} from '#core/schemas/electroforming';
import { clientOf } from '#web/lib/client';

/** The workbench's records over the typed client: no URL or answer type written here. */
const ef = clientOf(electroformingApi);
type Api = typeof electroformingApi;
type QueryOf<K extends keyof Api> = InputOf<Api[K]> extends { query?: infer Q } ? NonNullable<Q> : never;

export type BatchListItem = ResultOf<Api['listBatches']>['items'][number];

export const efKeys = {
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

// ---------------------------------------------------------------- baths

export function useBaths(query: QueryOf<'listBaths'> = {}) {
  return useQuery({
    queryKey: efKeys.baths(query),
    queryFn: ({ signal }) => ef.listBaths({ query: { pageSize: 100, ...query }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useBath(id: string) {
  return useQuery({
    queryKey: efKeys.bath(id),
    queryFn: ({ signal }) => ef.getBath({ params: { id }, signal }),
  });
}

/** The bath as stored now (a fresh read, not the cache): what an edit restarts from after a conflict. */
export function useFetchBath() {
  const client = useQueryClient();
  return (id: string) =>
    client.fetchQuery({
      queryKey: efKeys.bath(id),
      queryFn: ({ signal }) => ef.getBath({ params: { id }, signal }),
      staleTime: 0,
    });
}

/**
 * Creates a bath, or changes the one with `id` (only the fields sent change); an edit's
 * `expectedUpdatedAt` makes a save on an older copy a 409.
 */
export function useSaveBath() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: z.input<typeof UpdateBathBody> }) =>
      id
        ? ef.updateBath({ params: { id }, body })
        : ef.createBath({ body: body as InputOf<Api['createBath']>['body'] }),
    onSuccess: (bath) => {
      client.setQueryData(efKeys.bath(bath.id), bath);
      return client.invalidateQueries({ queryKey: ['ef'] });
    },
  });
}

export function useDeleteBath() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => ef.deleteBath({ params: { id } }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['ef'] }),
  });
}

export function useMaintenance(bathId: string) {
  return useQuery({
    queryKey: efKeys.maintenance(bathId),
    queryFn: ({ signal }) => ef.listMaintenance({ params: { id: bathId }, query: { pageSize: 100 }, signal }),
  });
}

export function useAddMaintenance(bathId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: InputOf<Api['addMaintenance']>['body']) =>
      ef.addMaintenance({ params: { id: bathId }, body }),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: efKeys.maintenance(bathId) }),
        client.invalidateQueries({ queryKey: efKeys.bath(bathId) }),
        client.invalidateQueries({ queryKey: ['ef', 'baths'] }),
      ]),
  });
}

// ---------------------------------------------------------------- batches

export function useBatches(query: QueryOf<'listBatches'> = {}) {
  return useQuery({
    queryKey: efKeys.batches(query),
    queryFn: ({ signal }) => ef.listBatches({ query: { pageSize: 100, ...query }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useBatch(id: string) {
  return useQuery({
    queryKey: efKeys.batch(id),
    queryFn: ({ signal }) => ef.getBatch({ params: { id }, signal }),
  });
}

export function useCreateBatch() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: InputOf<Api['createBatch']>['body']) => ef.createBatch({ body }),
    onSuccess: (batch) => {
      client.setQueryData(efKeys.batch(batch.id), batch);
      return client.invalidateQueries({ queryKey: ['ef', 'batches'] });
    },
  });
}

export function useDeleteBatch() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => ef.deleteBatch({ params: { id } }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['ef'] }),
  });
}

/** Every run action answers the whole batch: it replaces the cached one at once. */
export type BatchAction =
  | { type: 'update'; body: z.input<typeof UpdateBatchBody> }
  | { type: 'status'; status: Batch['status']; at?: string }
  | { type: 'reading'; body: z.input<typeof CreateReadingBody> }
  | { type: 'deleteReading'; readingId: string }
  | { type: 'finishing'; body: z.input<typeof CreateFinishingStepBody> }
  | { type: 'deleteFinishing'; stepId: string }
  | { type: 'qc'; pieceId: string; body: z.input<typeof RecordQcBody> };

function runAction(id: string, action: BatchAction): Promise<Batch> {
  switch (action.type) {
    case 'update':
      return ef.updateBatch({ params: { id }, body: action.body });
    case 'status':
      return ef.changeBatchStatus({ params: { id }, body: { status: action.status, at: action.at } });
    case 'reading':
      return ef.addReading({ params: { id }, body: action.body });
    case 'deleteReading':
      return ef.deleteReading({ params: { id, readingId: action.readingId } });
    case 'finishing':
      return ef.addFinishing({ params: { id }, body: action.body });
    case 'deleteFinishing':
      return ef.deleteFinishing({ params: { id, stepId: action.stepId } });
    case 'qc':
      return ef.recordQc({ params: { id, pieceId: action.pieceId }, body: action.body });
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
    mutationFn: (body: z.input<typeof CalibrateBatchBody>) =>
      ef.calibrateBatch({ params: { id: batchId }, body }),
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
    mutationFn: (body: z.input<typeof CostingInput>) => ef.costBatch({ params: { id: batchId }, body }),
  });
}

// ---------------------------------------------------------------- price sheets, settings, stats

export function usePriceSheets(query: QueryOf<'listPriceSheets'> = {}) {
  return useQuery({
    queryKey: efKeys.sheets(query),
    queryFn: ({ signal }) => ef.listPriceSheets({ query: { pageSize: 100, ...query }, signal }),
  });
}

export function useCreatePriceSheet() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: InputOf<Api['createPriceSheet']>['body']) => ef.createPriceSheet({ body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['ef', 'sheets'] }),
  });
}

export function useDeletePriceSheet() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => ef.deletePriceSheet({ params: { id } }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['ef', 'sheets'] }),
  });
}

export function useSettings(enabled = true) {
  return useQuery({
    queryKey: efKeys.settings,
    queryFn: ({ signal }) => ef.getSettings({ signal }),
    enabled,
    staleTime: 5 * 60_000,
  });
}

export function useSaveSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: InputOf<Api['updateSettings']>['body']) => ef.updateSettings({ body }),
    onSuccess: (settings) => client.setQueryData(efKeys.settings, settings),
  });
}

export function useStats(query: QueryOf<'stats'> = {}) {
  return useQuery({
    queryKey: efKeys.stats(query),
    queryFn: ({ signal }) => ef.stats({ query, signal }),
  });
}

export function useSummary() {
  return useQuery({
    queryKey: efKeys.summary,
    queryFn: ({ signal }) => ef.summary({ signal }),
  });
}
