/*
 * The ScrollArea that Mantine's `Table.ScrollContainer` draws a wide table in (web/vite.config.ts
 * points its import here): Mantine's own, loaded after the first paint — every table imported it,
 * 6 KB gzip on each list's first load (issue 10). Until it arrives the table scrolls natively in a
 * plain box with the same class and style.
 */
import { type CSSProperties, type ReactNode, Suspense } from 'react';
import { lazyOr } from '../lazy-or';

type Props = { className?: string; style?: CSSProperties; children?: ReactNode } & Record<string, unknown>;

/** The plain box: while Mantine's loads, and for good if its chunk fails to load. */
function NativeScroll(props: Props) {
  return (
    <div className={props.className} style={{ ...props.style, overflowX: 'auto' }}>
      {props.children}
    </div>
  );
}

const Real = lazyOr<Props>(
  () => import('./scroll-area.lazy').then((m) => m.ScrollArea as (p: Props) => ReactNode),
  NativeScroll,
);

export function ScrollArea(props: Props) {
  return (
    <Suspense fallback={<NativeScroll {...props} />}>
      <Real {...props} />
    </Suspense>
  );
}
