import { useState } from 'react';
import { ApiError } from './api';

/**
 * True for the server's answer to a save made on an older copy of the record (optimistic
 * concurrency: `expectedUpdatedAt` / `expectedRecordedAt` no longer matched). Such a 409 carries
 * the record as it is now in `details.current`; other conflicts (a NIB taken…) do not.
 */
export function isStaleEdit(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    error.status === 409 &&
    error.code === 'conflict' &&
    error.details.current !== undefined
  );
}

/**
 * An edit form on a versioned record. `base` is the copy the form was filled from: its version
 * goes with every save, so a save never overwrites a change the person has not seen. A save
 * refused as stale sets `stale`; `reload` then loads the record as it is now, makes it the new
 * `base` and hands it to `restart` to fill the form again (the person sees the other change and
 * types theirs over it). A background refetch of the record does not move `base`: only the
 * person's Reload does.
 */
export function useStaleEdit<T>(loaded: T, fetchCurrent: () => Promise<T>, restart: (fresh: T) => void) {
  const [base, setBase] = useState(loaded);
  const [stale, setStale] = useState(false);
  const [reloading, setReloading] = useState(false);
  const [reloadError, setReloadError] = useState<unknown>(null);
  const reload = async () => {
    setReloading(true);
    setReloadError(null);
    try {
      const fresh = await fetchCurrent();
      setBase(fresh);
      restart(fresh);
      setStale(false);
    } catch (error) {
      setReloadError(error);
    } finally {
      setReloading(false);
    }
  };
  /** Call with a failed save's error: true (and the notice shown) when it was a stale save. */
  const catchStale = (error: unknown) => {
    const isStale = isStaleEdit(error);
    if (isStale) setStale(true);
    return isStale;
  };
  return { base, stale, reloading, reloadError, reload, catchStale };
}
