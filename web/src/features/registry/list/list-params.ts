import { useCallback, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';

/** The list's state lives in the URL: back, reload and a shared link all reopen the same view. */
export type ListParams = {
  q: string;
  kecamatan: string | null;
  kelurahan: string | null;
  subsector: string | null;
  certification: string | null;
  exportStatus: string | null;
  dataYear: string | null;
  /** Null: the API's default (relevance while searching, else name). */
  sort: string | null;
  page: number;
  view: 'list' | 'map';
};

export const PAGE_SIZE = 20;

/** A change to the list state; null removes a value. */
export type ListChanges = { [K in keyof ListParams]?: ListParams[K] | null };

const FILTER_KEYS = [
  'kecamatan',
  'kelurahan',
  'subsector',
  'certification',
  'exportStatus',
  'dataYear',
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export function useListParams() {
  const [search, setSearch] = useSearchParams();
  const params = useMemo<ListParams>(
    () => ({
      q: search.get('q') ?? '',
      kecamatan: search.get('kecamatan'),
      kelurahan: search.get('kelurahan'),
      subsector: search.get('subsector'),
      certification: search.get('certification'),
      exportStatus: search.get('exportStatus'),
      dataYear: search.get('dataYear'),
      sort: search.get('sort'),
      page: Math.max(1, Number(search.get('page')) || 1),
      view: search.get('view') === 'map' ? 'map' : 'list',
    }),
    [search],
  );

  // The newest state asked for: a change made before the previous one has reached the URL (a
  // filter picked while the search box's pause is running out) builds on it instead of undoing it.
  const seen = useRef(search);
  const latest = useRef(search);
  if (seen.current !== search) {
    seen.current = search;
    latest.current = search;
  }

  /** Changes some values; any change other than the page goes back to page 1. */
  const update = useCallback(
    (changes: ListChanges) => {
      const next = new URLSearchParams(latest.current);
      for (const [k, v] of Object.entries(changes)) {
        if (v === null || v === undefined || v === '' || (k === 'page' && v === 1)) next.delete(k);
        else next.set(k, String(v));
      }
      if (!('page' in changes)) next.delete('page');
      // A kelurahan belongs to one kecamatan: changing the kecamatan clears it.
      if ('kecamatan' in changes && !('kelurahan' in changes)) next.delete('kelurahan');
      latest.current = next;
      setSearch(next, { replace: true });
    },
    [setSearch],
  );

  const activeFilters = FILTER_KEYS.filter((k) => params[k] !== null).length;
  const clearFilters = useCallback(
    () => update(Object.fromEntries(FILTER_KEYS.map((k) => [k, null])) as ListChanges),
    [update],
  );
  return { params, update, activeFilters, clearFilters };
}
