import { Group } from '@mantine/core';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { lazyOr } from '#web/lib/lazy-or';

// The page numbers sit under the list, usually below the fold: they load after the first paint
// (issue 10), their height kept meanwhile (Mantine's `sm` control size) so nothing jumps.
// Should their chunk fail to load (offline after a deploy), a plain page picker stands in.
const Pagination = lazyOr<PaginationProps>(
  () => import('./pagination.lazy').then((m) => m.Pagination),
  PlainPagination,
);

type PaginationProps = {
  total: number;
  value: number;
  onChange: (page: number) => void;
  size?: 'sm';
  siblings?: number;
  boundaries?: number;
};

/** "Page [3] / 12" with the browser's own select: every page still reachable. */
function PlainPagination({ total, value, onChange }: PaginationProps) {
  const { t } = useTranslation();
  return (
    <label style={{ fontSize: 'var(--mantine-font-size-sm)' }}>
      {t('common:state.page')}{' '}
      <select value={value} onChange={(event) => onChange(Number(event.currentTarget.value))}>
        {Array.from({ length: total }, (_, i) => i + 1).map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </select>{' '}
      / {total}
    </label>
  );
}

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
