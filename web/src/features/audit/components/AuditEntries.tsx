import { Badge, Button, Card, Collapse, Group, Stack, Table, Text } from '@mantine/core';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '#core/format';
import type { AuditEntry } from '#core/schemas/audit';
import { currentLocale } from '#web/lib/i18n';
import { actionLabel } from '../lib/labels';
import { Changes } from './Changes';
import { RecordCell } from './RecordCell';

type Props = { items: AuditEntry[]; wide: boolean; onOnlyThis: (entry: AuditEntry) => void };

function ActionBadge({ action }: { action: string }) {
  const { t } = useTranslation();
  return (
    <Badge
      variant="light"
      color={action.includes('fail') ? 'red' : 'copper'}
      tt="none"
      style={{ whiteSpace: 'normal', height: 'auto' }}
    >
      {actionLabel(t, action)}
    </Badge>
  );
}

function Actor({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  return (
    <>
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {entry.actorEmail ?? t('audit:anonymous')}
      </Text>
      {entry.ip && (
        <Text size="xs" c="dimmed">
          {entry.ip}
        </Text>
      )}
    </>
  );
}

/** Wide screens: a table; a row opens to show what changed. */
function EntryTable({ items, onOnlyThis }: Omit<Props, 'wide'>) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [open, setOpen] = useState<number | null>(null);
  return (
    <Table.ScrollContainer minWidth={680}>
      <Table verticalSpacing="xs" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('audit:field.at')}</Table.Th>
            <Table.Th>{t('audit:field.actor')}</Table.Th>
            <Table.Th>{t('audit:field.action')}</Table.Th>
            <Table.Th>{t('audit:field.entity')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((e) => (
            <Fragment key={e.id}>
              <Table.Tr
                style={{ cursor: 'pointer' }}
                aria-expanded={open === e.id}
                onClick={() => setOpen(open === e.id ? null : e.id)}
              >
                <Table.Td>
                  <Text size="sm">{formatDateTime(e.at, locale)}</Text>
                </Table.Td>
                <Table.Td>
                  <Actor entry={e} />
                </Table.Td>
                <Table.Td>
                  <ActionBadge action={e.action} />
                </Table.Td>
                <Table.Td>
                  <RecordCell entry={e} onOnlyThis={onOnlyThis} />
                </Table.Td>
              </Table.Tr>
              {open === e.id && (
                <Table.Tr>
                  <Table.Td colSpan={4} bg="gray.0">
                    <Changes entry={e} />
                  </Table.Td>
                </Table.Tr>
              )}
            </Fragment>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Phones: one card per entry, nothing wider than the screen. */
function EntryCard({ entry, onOnlyThis }: { entry: AuditEntry; onOnlyThis: Props['onOnlyThis'] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <Card padding="sm" withBorder>
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <ActionBadge action={entry.action} />
          <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
            {formatDateTime(entry.at, currentLocale())}
          </Text>
        </Group>
        <RecordCell entry={entry} onOnlyThis={onOnlyThis} />
        <Actor entry={entry} />
        <Button
          variant="subtle"
          size="compact-sm"
          onClick={() => setOpen((o) => !o)}
          aria-expanded={open}
          style={{ alignSelf: 'flex-start' }}
        >
          {open ? t('audit:hide_changes') : t('audit:show_changes')}
        </Button>
        <Collapse expanded={open}>{open && <Changes entry={entry} />}</Collapse>
      </Stack>
    </Card>
  );
}

/** The log's entries: a table on wide screens, cards on phones. */
export function AuditEntries({ items, wide, onOnlyThis }: Props) {
  if (wide) return <EntryTable items={items} onOnlyThis={onOnlyThis} />;
  return (
    <Stack gap="xs" p="xs" data-testid="audit-cards">
      {items.map((e) => (
        <EntryCard key={e.id} entry={e} onOnlyThis={onOnlyThis} />
      ))}
    </Stack>
  );
}
