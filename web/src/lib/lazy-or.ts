import { type ComponentType, lazy } from 'react';

/**
 * `React.lazy` for a piece loaded after the first paint, with a plain stand-in should its chunk
 * fail to load (a tab left open across a deploy, no network): the page goes on without it
 * instead of falling over. The OfflineBadge's hint set the pattern.
 */
export function lazyOr<P extends object>(load: () => Promise<ComponentType<P>>, fallback: ComponentType<P>) {
  return lazy(() =>
    load().then(
      (component) => ({ default: component }),
      () => ({ default: fallback }),
    ),
  );
}

/** A stand-in that shows nothing (toasts, dialogs, a status that is a bonus). */
export function Nothing(): null {
  return null;
}
