import { Badge, Card, CloseButton, Group, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '#core/schemas/audit';
import { WIDE_LIST } from '#web/components/breakpoints';
import { disabledField } from '#web/components/DisabledReason';
import { LazySelect } from '#web/components/LazySelect';
import { PageHeader } from '#web/components/PageHeader';
import { Pager } from '#web/components/Pager';
import { QueryView } from '#web/components/QueryView';
import { AuditEntries } from '../components/AuditEntries';
import { useAuditActions, useAuditLog } from '../hooks/queries';
import { actionLabel, entityTypeLabel, recordName } from '../lib/labels';

const PAGE_SIZE = 30;

type OnlyRecord = { entityType: string; entityId: string; name: string };

export function AuditPage() {
  const { t } = useTranslation();
  const wide = useMediaQuery(WIDE_LIST, false, { getInitialValueInEffect: false });
  const [action, setAction] = useState<string | null>(null);
  const [entityType, setEntityType] = useState<string | null>(null);
  const [record, setRecord] = useState<OnlyRecord | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [page, setPage] = useState(1);
  const options = useAuditActions();
  const list = useAuditLog({
    action: action ?? undefined,
    entityType: record?.entityType ?? entityType ?? undefined,
    entityId: record?.entityId,
    from: from || undefined,
    to: to || undefined,
    page,
    pageSize: PAGE_SIZE,
  });
  const onlyThis = (entry: AuditEntry) => {
    if (!entry.entityId) return;
    setRecord({ entityType: entry.entityType, entityId: entry.entityId, name: recordName(t, entry) });
    setPage(1);
  };
  const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label);

  return (
    <>
      <PageHeader title={t('audit:title')} description={t('audit:description')} />
      <Card mb="md" p="sm">
        <Group gap="sm" wrap="wrap">
          <LazySelect
            placeholder={t('audit:field.action')}
            aria-label={t('audit:field.action')}
            searchable
            clearable
            data={(options.data?.actions ?? [])
              .map((a) => ({ value: a, label: actionLabel(t, a) }))
              .sort(byLabel)}
            value={action}
            onChange={(v) => {
              setAction(v);
              setPage(1);
            }}
            w={{ base: '100%', xs: 260 }}
          />
          <LazySelect
            placeholder={t('audit:field.entity_type')}
            aria-label={t('audit:field.entity_type')}
            clearable
            data={(options.data?.entityTypes ?? [])
              .map((e) => ({ value: e, label: entityTypeLabel(t, e) }))
              .sort(byLabel)}
            value={record?.entityType ?? entityType}
            {...disabledField(record !== null && t('audit:entity_type_locked'))}
            onChange={(v) => {
              setEntityType(v);
              setPage(1);
            }}
            w={{ base: '100%', xs: 200 }}
          />
          <TextInput
            type="date"
            aria-label={t('audit:field.from')}
            value={from}
            onChange={(e) => {
              setFrom(e.currentTarget.value);
              setPage(1);
            }}
            w={{ base: '47%', xs: 160 }}
          />
          <TextInput
            type="date"
            aria-label={t('audit:field.to')}
            value={to}
            onChange={(e) => {
              setTo(e.currentTarget.value);
              setPage(1);
            }}
            w={{ base: '47%', xs: 160 }}
          />
          {record && (
            <Badge
              size="lg"
              variant="light"
              tt="none"
              maw="100%"
              rightSection={
                <CloseButton
                  size="xs"
                  aria-label={t('audit:clear_record')}
                  onClick={() => {
                    setRecord(null);
                    setPage(1);
                  }}
                />
              }
            >
              {t('audit:filtered_record', { name: record.name })}
            </Badge>
          )}
        </Group>
      </Card>
      <QueryView query={list} isEmpty={(d) => d.items.length === 0} empty={{ title: t('audit:empty') }}>
        {(data) => (
          <Card p={0}>
            <AuditEntries items={data.items} wide={wide} onOnlyThis={onlyThis} />
            <Pager total={data.total} pageSize={PAGE_SIZE} page={page} onChange={setPage} />
          </Card>
        )}
      </QueryView>
    </>
  );
}
