import { Badge, Card, Code, Group, Select, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { formatDateTime } from '#core/format';
import type { AuditEntry, AuditList } from '#core/schemas/audit';
import { PageHeader } from '#web/components/PageHeader';
import { Pager } from '#web/components/Pager';
import { QueryView } from '#web/components/QueryView';
import { currentLocale } from '#web/lib/i18n';
import { useAuditActions, useAuditLog } from '../hooks/queries';

const PAGE_SIZE = 30;

function Changes({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const before = (entry.before ?? {}) as Record<string, unknown>;
  const after = (entry.after ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]),
  );
  if (keys.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('audit:no_changes')}
      </Text>
    );
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing={4}>
      {keys.map((k) => (
        <Fragment key={k}>
          <Text size="xs" fw={600}>
            {k}
          </Text>
          <Code block>{entry.before ? JSON.stringify(before[k] ?? null) : '–'}</Code>
          <Code block>{JSON.stringify(after[k] ?? null)}</Code>
        </Fragment>
      ))}
    </SimpleGrid>
  );
}

export function AuditPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [action, setAction] = useState<string | null>(null);
  const [entityType, setEntityType] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<number | null>(null);
  const actions = useAuditActions();
  const query = {
    action: action ?? undefined,
    entityType: entityType || undefined,
    from: from || undefined,
    to: to || undefined,
    page,
    pageSize: PAGE_SIZE,
  };
  const list = useAuditLog(query);
  const reset = () => setPage(1);

  return (
    <>
      <PageHeader title={t('audit:title')} description={t('audit:description')} />
      <Card mb="md" p="sm">
        <Group gap="sm" wrap="wrap">
          <Select
            placeholder={t('audit:field.action')}
            aria-label={t('audit:field.action')}
            searchable
            clearable
            data={actions.data?.actions ?? []}
            value={action}
            onChange={(v) => {
              setAction(v);
              reset();
            }}
            w={{ base: '100%', xs: 220 }}
          />
          <TextInput
            placeholder={t('audit:field.entity_type')}
            aria-label={t('audit:field.entity_type')}
            value={entityType}
            onChange={(e) => {
              setEntityType(e.currentTarget.value);
              reset();
            }}
            w={{ base: '100%', xs: 160 }}
          />
          <TextInput
            type="date"
            aria-label={t('audit:field.from')}
            value={from}
            onChange={(e) => {
              setFrom(e.currentTarget.value);
              reset();
            }}
            w={{ base: '47%', xs: 160 }}
          />
          <TextInput
            type="date"
            aria-label={t('audit:field.to')}
            value={to}
            onChange={(e) => {
              setTo(e.currentTarget.value);
              reset();
            }}
            w={{ base: '47%', xs: 160 }}
          />
        </Group>
      </Card>
      <QueryView query={list} isEmpty={(d) => d.items.length === 0} empty={{ title: t('audit:empty') }}>
        {(data) => (
          <Card p={0}>
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
                  {data.items.map((e) => (
                    <Fragment key={e.id}>
                      <Table.Tr
                        style={{ cursor: 'pointer' }}
                        onClick={() => setOpen(open === e.id ? null : e.id)}
                      >
                        <Table.Td>
                          <Text size="sm">{formatDateTime(e.at, locale)}</Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{e.actorEmail ?? t('audit:anonymous')}</Text>
                          {e.ip && (
                            <Text size="xs" c="dimmed">
                              {e.ip}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>
                          <Badge variant="light" color={e.action.includes('fail') ? 'red' : 'copper'}>
                            {e.action}
                          </Badge>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{e.entityType}</Text>
                          <Text size="xs" c="dimmed" truncate maw={220}>
                            {e.entityId ?? ''}
                          </Text>
                        </Table.Td>
                      </Table.Tr>
                      {open === e.id && (
                        <Table.Tr>
                          <Table.Td colSpan={4} bg="gray.0">
                            <Stack gap={4}>
                              <Changes entry={e} />
                            </Stack>
                          </Table.Td>
                        </Table.Tr>
                      )}
                    </Fragment>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Pager total={data.total} pageSize={PAGE_SIZE} page={page} onChange={setPage} />
          </Card>
        )}
      </QueryView>
    </>
  );
}
