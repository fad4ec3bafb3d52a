import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { type UploadProgress, uploadFile } from '../shared/files';
import type { ImportReport } from './types';

export type ImportOptions = { dataYear?: string };

/** Sends the file; a dry run only reads and checks it, nothing is saved. */
export function startImport(
  file: File,
  dryRun: boolean,
  options: ImportOptions,
  onProgress?: (p: UploadProgress) => void,
) {
  return uploadFile<ImportReport>('/businesses/import', file, {
    query: { dryRun: dryRun ? 'true' : undefined, dataYear: options.dataYear },
    onProgress,
  });
}

/** Follows a large import the server runs in the background until it is done or failed. */
export function useImportProgress(id: string | null, running: boolean) {
  return useQuery({
    queryKey: ['import', id],
    queryFn: ({ signal }) => api<ImportReport>(`/imports/${id}`, { signal }),
    enabled: Boolean(id) && running,
    refetchInterval: (q) => (q.state.data && q.state.data.status !== 'running' ? false : 1000),
  });
}
