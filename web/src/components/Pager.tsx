import { Group } from '@mantine/core';
import { lazy, Suspense } from 'react';

// The page numbers sit under the list, usually below the fold: they load after the first paint
// (issue 10), their height kept meanwhile (Mantine's `sm` control size) so nothing jumps.
const Pagination = lazy(() => import('./pagination.lazy').then((m) => ({ default: m.Pagination })));

/**
 * Page numbers under a list; renders nothing when everything fits on one page. `compact` (a
 * phone) shows fewer numbers so the pager fits 360 px, and a new page starts at the top.
 */
export function Pager({
  total,
  pageSize,
  page,
  onChange,
  compact = false,
}: {
  total: number;
  pageSize: number;
  page: number;
  onChange: (page: number) => void;
  compact?: boolean;
}) {
  if (total <= pageSize) return null;
  return (
    <Group justify="center" p="sm">
      <Suspense fallback={<div style={{ height: '1.875rem' }} />}>
        <Pagination
          total={Math.ceil(total / pageSize)}
          value={page}
          onChange={(next) => {
            onChange(next);
            if (compact) window.scrollTo({ top: 0 });
          }}
          size="sm"
          siblings={compact ? 0 : 1}
          boundaries={1}
        />
      </Suspense>
    </Group>
  );
}
