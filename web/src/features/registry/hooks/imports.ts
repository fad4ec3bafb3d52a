import { useQuery } from '@tanstack/react-query';
import { registryApi } from '#core/api/registry';
import type { ColumnMapping } from '#core/schemas/registry';
import { call, upload } from '#web/lib/client';
import type { UploadProgress } from '#web/lib/files';

export type ImportOptions = {
  dataYear?: string;
  turnoverPeriod?: 'month' | 'year';
  /** The mapping step's choices: header → field or 'ignore'. */
  mapping?: ColumnMapping;
};

/**
 * Sends the file for a background run (`async=true`): the answer comes at once with an id to
 * follow, so a 10,000-row file shows a moving bar instead of a frozen page. A dry run only
 * reads and checks; nothing is saved.
 */
export function startImport(
  file: File,
  dryRun: boolean,
  options: ImportOptions,
  onProgress?: (p: UploadProgress) => void,
) {
  const form = new FormData();
  form.append('file', file, file.name);
  return upload(registryApi.importBusinesses, {
    form,
    query: {
      dryRun: dryRun ? 'true' : undefined,
      async: 'true',
      dataYear: options.dataYear,
      turnoverPeriod: options.turnoverPeriod,
      mapping:
        options.mapping && Object.keys(options.mapping).length > 0
          ? JSON.stringify(options.mapping)
          : undefined,
    },
    onProgress,
  });
}

/** Follows a background import about once a second until it is done or failed. */
export function useImportProgress(id: string | null) {
  return useQuery({
    queryKey: ['import', id],
    queryFn: ({ signal }) => call(registryApi.getImport, { params: { id: id as string }, signal }),
    enabled: Boolean(id),
    refetchInterval: (q) => (q.state.data && q.state.data.status !== 'running' ? false : 1000),
    // A network hiccup on a phone should not end the wait.
    retry: 5,
  });
}
