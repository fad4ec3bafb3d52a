import { useLocalStorage } from '@mantine/hooks';
import { useCallback, useMemo } from 'react';

/**
 * Calculator inputs remembered on this phone (a maker comes back tomorrow to the same leaf),
 * merged over the defaults so a stored value from an older version never breaks a page.
 */
export function useStoredState<T extends Record<string, unknown>>(key: string, defaults: T) {
  const [stored, setStored, remove] = useLocalStorage<Partial<T>>({
    key: `bk.ef.${key}`,
    defaultValue: {},
    getInitialValueInEffect: false,
  });
  const state = useMemo(
    () => ({ ...defaults, ...(isObject(stored) ? stored : {}) }) as T,
    [defaults, stored],
  );
  const patch = useCallback(
    (change: Partial<T>) => setStored((current) => ({ ...(isObject(current) ? current : {}), ...change })),
    [setStored],
  );
  return [state, patch, remove] as const;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
