import { Card, Group, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { UseQueryResult } from '@tanstack/react-query';
import { type ReactNode, useCallback, useState } from 'react';
import { WIDE_LIST } from './breakpoints';
import { Pager } from './Pager';
import { QueryView } from './QueryView';

/*
 * The parts every filtered, paged list shares (needs, support, visits…): a filter bar that wraps
 * on a phone, the page number that goes back to 1 when a filter changes, and the list itself:
 * a table on a wide screen, one card per row on a phone (nothing wider than 360 px), with the
 * loading, failed and empty states and the pager under it.
 */

/** The filters above a list; on a phone each control takes the full width (give them `w={{ base: '100%', xs: … }}`). */
export function FilterBar({ children }: { children: ReactNode }) {
  return (
    <Card mb="md" p="sm">
      <Group gap="sm" wrap="wrap">
        {children}
      </Group>
    </Card>
  );
}

/** Filter values and the page; changing a filter shows page 1 again. */
export function useListFilters<F extends Record<string, unknown>>(initial: F) {
  const [filters, setFilters] = useState(initial);
  const [page, setPage] = useState(1);
  const set = useCallback(
    <K extends keyof F>(key: K) =>
      (value: F[K]) => {
        setFilters((f) => ({ ...f, [key]: value }));
        setPage(1);
      },
    [],
  );
  return { filters, set, page, setPage };
}

export type ListColumn<T> = {
  key: string;
  /** The column heading; on a phone the label in front of the value. */
  header: string;
  cell: (item: T) => ReactNode;
  align?: 'left' | 'right';
};

type Paged<T> = { items: T[]; total: number };

/**
 * A page of `query`'s items: a table on a wide screen, cards on a phone (the first column, or
 * `titleKey`'s, is the card's title, the others follow as label and value). `testId` names the table (`{testId}-table`)
 * and the cards (`{testId}-cards`).
 */
export function ListView<T extends { id: string | number }>({
  query,
  columns,
  page,
  pageSize,
  onPageChange,
  empty,
  testId,
  minWidth = 620,
  highlightOnHover = true,
  titleKey,
}: {
  query: UseQueryResult<Paged<T>>;
  columns: ListColumn<T>[];
  page: number;
  pageSize: number;
  onPageChange: (page: number) => void;
  empty: { title: string; body?: ReactNode; action?: ReactNode };
  testId: string;
  minWidth?: number;
  highlightOnHover?: boolean;
  /** The column that titles a card on a phone (the first one unless named). */
  titleKey?: string;
}) {
  const wide = useMediaQuery(WIDE_LIST, false, { getInitialValueInEffect: false });
  const title = columns.find((c) => c.key === titleKey) ?? columns[0];
  const rest = columns.filter((c) => c !== title);
  return (
    <QueryView query={query} isEmpty={(d) => d.items.length === 0} empty={empty}>
      {(data) => (
        <div style={{ opacity: query.isPlaceholderData ? 0.6 : 1, transition: 'opacity 120ms' }}>
          {wide ? (
            <Card p={0}>
              <Table.ScrollContainer minWidth={minWidth}>
                <Table
                  highlightOnHover={highlightOnHover}
                  verticalSpacing="sm"
                  data-testid={`${testId}-table`}
                >
                  <Table.Thead>
                    <Table.Tr>
                      {columns.map((c) => (
                        <Table.Th key={c.key} ta={c.align}>
                          {c.header}
                        </Table.Th>
                      ))}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.items.map((item) => (
                      <Table.Tr key={item.id}>
                        {columns.map((c) => (
                          <Table.Td key={c.key} ta={c.align}>
                            {c.cell(item)}
                          </Table.Td>
                        ))}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <Pager total={data.total} pageSize={pageSize} page={page} onChange={onPageChange} />
            </Card>
          ) : (
            <>
              <Stack gap="xs" data-testid={`${testId}-cards`}>
                {data.items.map((item) => (
                  <Card key={item.id} padding="sm" component="article">
                    <Stack gap={6}>
                      <div style={{ minWidth: 0 }}>{title.cell(item)}</div>
                      {rest.map((c) => (
                        <Group key={c.key} gap="xs" wrap="nowrap" align="flex-start">
                          <Text size="xs" c="dimmed" w={96} style={{ flexShrink: 0 }}>
                            {c.header}
                          </Text>
                          <div style={{ minWidth: 0, flex: 1, overflowWrap: 'anywhere' }}>{c.cell(item)}</div>
                        </Group>
                      ))}
                    </Stack>
                  </Card>
                ))}
              </Stack>
              <Pager total={data.total} pageSize={pageSize} page={page} onChange={onPageChange} compact />
            </>
          )}
        </div>
      )}
    </QueryView>
  );
}
