/*
 * The ScrollArea that Mantine's `Table.ScrollContainer` draws a wide table in (web/vite.config.ts
 * points its import here): Mantine's own, loaded after the first paint — every table imported it,
 * 6 KB gzip on each list's first load (issue 10). Until it arrives the table scrolls natively in a
 * plain box with the same class and style.
 */
import { type CSSProperties, lazy, type ReactNode, Suspense } from 'react';

const Real = lazy(() => import('./scroll-area.lazy').then((m) => ({ default: m.ScrollArea })));

type Props = { className?: string; style?: CSSProperties; children?: ReactNode } & Record<string, unknown>;

export function ScrollArea(props: Props) {
  return (
    <Suspense
      fallback={
        <div className={props.className} style={{ ...props.style, overflowX: 'auto' }}>
          {props.children}
        </div>
      }
    >
      <Real {...props} />
    </Suspense>
  );
}
