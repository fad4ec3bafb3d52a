import { Group, Pagination } from '@mantine/core';

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
    </Group>
  );
}
