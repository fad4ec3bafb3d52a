import { Group, Pagination } from '@mantine/core';

/** Page numbers under a list; renders nothing when everything fits on one page. */
export function Pager({
  total,
  pageSize,
  page,
  onChange,
}: {
  total: number;
  pageSize: number;
  page: number;
  onChange: (page: number) => void;
}) {
  if (total <= pageSize) return null;
  return (
    <Group justify="center" p="sm">
      <Pagination total={Math.ceil(total / pageSize)} value={page} onChange={onChange} size="sm" />
    </Group>
  );
}
