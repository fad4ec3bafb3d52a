import { Anchor, Card, Group, Select, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '#core/format';
import { VISIT_STATUSES, type VisitStatus } from '#core/schemas/monitoring';
import { PageHeader } from '#web/components/PageHeader';
import { Pager } from '#web/components/Pager';
import { QueryView } from '#web/components/QueryView';
import { currentLocale } from '#web/lib/i18n';
import { VisitStatusBadge } from '../components/VisitStatusBadge';
import { useVisits } from '../hooks/queries';

const PAGE_SIZE = 25;

/** Visits the person may see (the server limits officers to their kecamatan, owners to their own approved ones). */
export function VisitsPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<string | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [page, setPage] = useState(1);
  const locale = currentLocale();
  const visits = useVisits({
    status: (status as VisitStatus | null) ?? undefined,
    from: from || undefined,
    to: to || undefined,
    page,
    pageSize: PAGE_SIZE,
  });
  return (
    <>
      <PageHeader
        title={t('monitoring:ui.visits.title')}
        description={t('monitoring:ui.visits.description')}
      />
      <Card mb="md" p="sm">
        <Group gap="sm" wrap="wrap">
          <Select
            clearable
            placeholder={t('monitoring:ui.visits.allStatuses')}
            aria-label={t('monitoring:ui.visits.status')}
            data={VISIT_STATUSES.map((s) => ({ value: s, label: t(`monitoring:ui.visit.status.${s}`) }))}
            value={status}
            onChange={(v) => {
              setStatus(v);
              setPage(1);
            }}
            w={{ base: '100%', xs: 180 }}
          />
          <TextInput
            type="date"
            aria-label={t('monitoring:ui.visits.from')}
            value={from}
            onChange={(e) => setFrom(e.currentTarget.value)}
            w={{ base: '100%', xs: 170 }}
          />
          <TextInput
            type="date"
            aria-label={t('monitoring:ui.visits.to')}
            value={to}
            onChange={(e) => setTo(e.currentTarget.value)}
            w={{ base: '100%', xs: 170 }}
          />
        </Group>
      </Card>
      <QueryView
        query={visits}
        isEmpty={(d) => d.items.length === 0}
        empty={{ title: t('monitoring:ui.visits.empty') }}
      >
        {(data) => (
          <Card p={0}>
            <Table.ScrollContainer minWidth={560}>
              <Table highlightOnHover verticalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('monitoring:ui.visits.business')}</Table.Th>
                    <Table.Th>{t('monitoring:ui.visits.date')}</Table.Th>
                    <Table.Th>{t('monitoring:ui.visits.officer')}</Table.Th>
                    <Table.Th>{t('monitoring:ui.visits.status')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((v) => (
                    <Table.Tr key={v.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/visits/${v.id}`} size="sm" fw={500}>
                          {v.businessName}
                        </Anchor>
                        <Text size="xs" c="dimmed">
                          {v.districtName ?? v.districtCode}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{formatDate(v.visitedOn, locale)}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{v.officerName ?? '–'}</Text>
                      </Table.Td>
                      <Table.Td>
                        <VisitStatusBadge status={v.status} />
                      </Table.Td>
                    </Table.Tr>
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
