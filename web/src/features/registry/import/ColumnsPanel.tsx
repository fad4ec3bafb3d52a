import { Alert, Badge, Button, Card, Collapse, Group, Select, Stack, Text } from '@mantine/core';
import { IconColumns, IconRefresh } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type ColumnChoice,
  type ColumnMapping,
  IMPORT_FIELDS,
  type ImportColumn,
  type ImportIssue,
} from '#core/schemas/registry';
import { useDisabledReason } from '#web/components/DisabledReason';

const STATUS_COLOR: Record<ImportColumn['status'], string> = {
  recognized: 'teal',
  mapped: 'blue',
  ignored: 'gray',
  rowNumber: 'gray',
  unrecognized: 'yellow',
  duplicate: 'orange',
};

const NOTE_CODES = ['registry-validation:header.duplicate', 'registry-import:file.turnoverPeriod'];

const unread = (c: ImportColumn) => c.status === 'unrecognized' || c.status === 'duplicate';

type Props = {
  columns: ImportColumn[];
  /** The choices the shown check was made with. */
  mapping: ColumnMapping;
  /** True when these choices came from an earlier file with the same headers. */
  remembered: boolean;
  /** The check's remarks; those about a column explain it. */
  notes: ImportIssue[];
  onApply: (mapping: ColumnMapping) => void;
  applying: boolean;
};

/**
 * The mapping step: every column of the file with a sample and what it was read as (or why
 * not); the uploader assigns a field or ignores a column and checks the file again. Opens by
 * itself only when some column is left unread (or choices are in use).
 */
export function ColumnsPanel({ columns, mapping, remembered, notes, onApply, applying }: Props) {
  const { t } = useTranslation();
  const unreadCount = columns.filter(unread).length;
  const [open, setOpen] = useState(unreadCount > 0 || Object.keys(mapping).length > 0);
  const [draft, setDraft] = useState<ColumnMapping>(mapping);
  const options = useMemo(
    () => [
      { value: 'ignore', label: t('registry-import:wizard.columns_ignore') },
      ...IMPORT_FIELDS.map((f) => ({ value: f, label: t(`registry-import:wizard.fields.${f}`) })).sort(
        (a, b) => a.label.localeCompare(b.label),
      ),
    ],
    [t],
  );
  // A column's current choice: the uploader's (draft) first, else what the check read it as.
  const choiceOf = (c: ImportColumn): ColumnChoice | null =>
    draft[c.header] ?? (c.status === 'ignored' ? 'ignore' : c.field);
  // The server's own note about a column (a second column for a field, a turnover without its
  // period) says more than the status alone.
  const noteOf = (c: ImportColumn) =>
    notes.find((n) => n.row === null && NOTE_CODES.includes(n.code) && n.message.includes(`“${c.header}”`))
      ?.message;
  const why = (c: ImportColumn) =>
    noteOf(c) ??
    (c.status === 'duplicate'
      ? t('registry-import:wizard.why.duplicate_unknown')
      : t(`registry-import:wizard.why.${c.status}`));
  const changed = JSON.stringify(draft) !== JSON.stringify(mapping);
  const applyWhy = useDisabledReason(!changed && t('registry-import:wizard.columns_apply_why'));
  const sheets = new Set(columns.map((c) => c.sheet)).size > 1;
  if (columns.length === 0) return null;
  return (
    <Card data-testid="import-columns">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Group gap="xs">
          <IconColumns size={18} />
          <Text fw={600}>{t('registry-import:wizard.columns_title')}</Text>
          <Text size="sm" c="dimmed">
            {t('registry-import:wizard.columns_summary', {
              read: columns.filter((c) => c.field !== null).length,
              total: columns.length,
            })}
          </Text>
          {unreadCount > 0 && (
            <Badge color="yellow" variant="light">
              {t('registry-import:wizard.columns_unread', { count: unreadCount })}
            </Badge>
          )}
        </Group>
        <Button variant="subtle" size="xs" onClick={() => setOpen(!open)} data-testid="import-columns-toggle">
          {open
            ? t('registry-import:wizard.columns_toggle_hide')
            : t('registry-import:wizard.columns_toggle_show')}
        </Button>
      </Group>
      <Collapse expanded={open}>
        <Stack gap="sm" mt="sm">
          <Text size="sm" c="dimmed">
            {t('registry-import:wizard.columns_intro')}
          </Text>
          {remembered && (
            <Alert color="blue" p="xs" data-testid="import-columns-remembered">
              {t('registry-import:wizard.columns_remembered')}
            </Alert>
          )}
          {columns.map((c) => (
            <Group
              key={`${c.sheet}:${c.letter}`}
              data-testid={`import-column-${c.letter}`}
              justify="space-between"
              align="flex-start"
              wrap="wrap"
              gap="xs"
              pt="xs"
              style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}
            >
              <Stack gap={2} style={{ flex: '1 1 220px', minWidth: 0 }}>
                <Group gap={6} wrap="nowrap">
                  <Badge size="sm" variant="outline" color="gray">
                    {c.letter}
                  </Badge>
                  <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                    {c.header}
                  </Text>
                </Group>
                {sheets && (
                  <Text size="xs" c="dimmed">
                    {t('registry-import:wizard.columns_sheet', { sheet: c.sheet })}
                  </Text>
                )}
                <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                  {t('registry-import:wizard.columns_sample')}:{' '}
                  {c.sample ?? t('registry-import:wizard.columns_no_sample')}
                </Text>
                <Text size="xs" c={`${STATUS_COLOR[c.status]}.8`}>
                  {why(c)}
                </Text>
              </Stack>
              <Select
                size="xs"
                w={{ base: '100%', xs: 240 }}
                searchable
                aria-label={t('registry-import:wizard.columns_choice', { header: c.header })}
                placeholder={t('registry-import:wizard.columns_not_read')}
                data={options}
                value={choiceOf(c)}
                onChange={(v) => {
                  const next = { ...draft };
                  if (v === null) delete next[c.header];
                  else next[c.header] = v as ColumnChoice;
                  setDraft(next);
                }}
                clearable
                data-testid={`import-column-choice-${c.letter}`}
              />
            </Group>
          ))}
          <Stack align="flex-end" gap={4}>
            <Button
              leftSection={<IconRefresh size={16} />}
              onClick={() => onApply(draft)}
              disabled={applyWhy.disabled}
              aria-describedby={applyWhy.describedBy}
              loading={applying}
              data-testid="import-columns-apply"
            >
              {t('registry-import:wizard.columns_apply')}
            </Button>
            {applyWhy.note}
          </Stack>
        </Stack>
      </Collapse>
    </Card>
  );
}
