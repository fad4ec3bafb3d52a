/*
 * `useMergeRefs` from @floating-ui/react (MIT, © Floating UI contributors), copied verbatim in
 * behaviour: Mantine's ScrollArea imports this one hook from that package, which brought the whole
 * popover positioning library (15 KB gzip) onto every page with a table. web/vite.config.ts points
 * ScrollArea's import here; popovers, menus and tooltips still use the package itself.
 */
// biome-ignore-all lint/correctness/useExhaustiveDependencies: the refs are the dependencies, as in the original.
import { type Ref, type RefCallback, useCallback, useMemo, useRef } from 'react';

type Cleanup = (() => void) | undefined;

export function useMergeRefs<Instance>(refs: Array<Ref<Instance> | undefined>): null | RefCallback<Instance> {
  const cleanupRef = useRef<Cleanup>(undefined);
  const refEffect = useCallback((instance: Instance) => {
    const cleanups = refs.map((ref) => {
      if (ref == null) return undefined;
      if (typeof ref === 'function') {
        const refCallback = ref;
        const refCleanup = refCallback(instance);
        return typeof refCleanup === 'function'
          ? refCleanup
          : () => {
              refCallback(null);
            };
      }
      (ref as { current: Instance | null }).current = instance;
      return () => {
        (ref as { current: Instance | null }).current = null;
      };
    });
    return () => {
      for (const refCleanup of cleanups) refCleanup?.();
    };
  }, refs);
  return useMemo(() => {
    if (refs.every((ref) => ref == null)) return null;
    return (value: Instance | null) => {
      if (cleanupRef.current) {
        cleanupRef.current();
        cleanupRef.current = undefined;
      }
      if (value != null) cleanupRef.current = refEffect(value);
    };
  }, refs);
}
