import { Badge, Button, Card, Group, SegmentedControl, Select, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportIssue } from './types';

const STEP = 50;

type Row = ImportIssue & { level: 'error' | 'warning'; id: string };

/**
 * Every problem of the file, row by row: filter to rejections or remarks and to one column,
 * so a 2,000-row file with one bad phone column is read in a glance.
 */
export function IssueTable({ errors, warnings }: { errors: ImportIssue[]; warnings: ImportIssue[] }) {
  const { t } = useTranslation();
  const [level, setLevel] = useState<'all' | 'error' | 'warning'>(errors.length > 0 ? 'error' : 'all');
  const [column, setColumn] = useState<string | null>(null);
  const [shown, setShown] = useState(STEP);
  // On a phone a three-column table would scroll sideways; one problem per block reads better.
  const narrow = useMediaQuery('(max-width: 36em)', false, { getInitialValueInEffect: false });
  const rows = useMemo<Row[]>(
    () =>
      [
        ...errors.map((e, i) => ({ ...e, level: 'error' as const, id: `e${i}` })),
        ...warnings.map((w, i) => ({ ...w, level: 'warning' as const, id: `w${i}` })),
      ].sort((a, b) => (a.row ?? 0) - (b.row ?? 0)),
    [errors, warnings],
  );
  const columns = useMemo(() => {
    const counts = new Map<string, number>();
    for (const r of rows) {
      const c = r.column ?? t('registry-import:wizard.whole_row');
      counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    return [...counts].map(([value, n]) => ({ value, label: `${value} (${n})` }));
  }, [rows, t]);
  const rejectedRows = useMemo(
    () => new Set(errors.map((e) => (e.row === null ? `f:${e.message}` : `${e.sheet ?? ''}:${e.row}`))).size,
    [errors],
  );
  const visible = rows.filter(
    (r) =>
      (level === 'all' || r.level === level) &&
      (!column || (r.column ?? t('registry-import:wizard.whole_row')) === column),
  );
  if (rows.length === 0) return null;
  return (
    <Card p={0}>
      <Group p="sm" gap="xs" wrap="wrap">
        <SegmentedControl
          size="xs"
          value={level}
          onChange={(v) => setLevel(v as typeof level)}
          data={[
            {
              value: 'error',
              // The tab counts rejected rows, as the "rejected" tile does; a row may have more reasons.
              label:
                rejectedRows === errors.length
                  ? t('registry-import:wizard.filter_errors_same', { count: rejectedRows })
                  : t('registry-import:wizard.filter_errors', { rows: rejectedRows, count: errors.length }),
            },
            {
              value: 'warning',
              label: t('registry-import:wizard.filter_warnings', { count: warnings.length }),
            },
            { value: 'all', label: t('registry-import:wizard.filter_all') },
          ]}
        />
        <Select
          size="xs"
          clearable
          placeholder={t('registry-import:wizard.all_columns')}
          aria-label={t('registry-import:wizard.column')}
          data={columns}
          value={column}
          onChange={setColumn}
          w={{ base: '100%', xs: 220 }}
        />
      </Group>
      {narrow ? (
        <Stack gap={0} data-testid="import-issues">
          {visible.slice(0, shown).map((r) => (
            <Stack
              key={r.id}
              gap={2}
              px="sm"
              py={8}
              style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}
            >
              <Group gap={6}>
                <Badge size="sm" variant="light" color={r.level === 'error' ? 'red' : 'yellow'}>
                  {t('registry-import:wizard.row_n', { row: r.row ?? '–' })}
                </Badge>
                {r.name && (
                  <Text size="sm" fw={600} data-testid="import-issue-name">
                    {r.name}
                  </Text>
                )}
                <Text size="sm" c={r.name ? 'dimmed' : undefined} fw={500}>
                  {r.column ?? t('registry-import:wizard.whole_row')}
                </Text>
              </Group>
              <Text size="sm">{r.message}</Text>
            </Stack>
          ))}
        </Stack>
      ) : (
        <Table.ScrollContainer minWidth={620}>
          <Table verticalSpacing={6} fz="sm" data-testid="import-issues">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={180}>{t('registry-import:wizard.row')}</Table.Th>
                <Table.Th w={160}>{t('registry-import:wizard.column')}</Table.Th>
                <Table.Th>{t('registry-import:wizard.message')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {visible.slice(0, shown).map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap" align="flex-start">
                      <Badge size="sm" variant="light" color={r.level === 'error' ? 'red' : 'yellow'}>
                        {r.row ?? '–'}
                      </Badge>
                      {r.name && (
                        <Text
                          size="sm"
                          fw={500}
                          data-testid="import-issue-name"
                          style={{ overflowWrap: 'anywhere' }}
                        >
                          {r.name}
                        </Text>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {r.column ?? '–'}
                    </Text>
                    {r.sheet && (
                      <Text size="xs" c="dimmed">
                        {r.sheet}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{r.message}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {visible.length > shown && (
        <Group justify="center" p="sm">
          <Button variant="subtle" size="xs" onClick={() => setShown(shown + STEP)}>
            {t('registry-import:wizard.show_more', { count: visible.length - shown })}
          </Button>
        </Group>
      )}
    </Card>
  );
}
