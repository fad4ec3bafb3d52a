import { Anchor, Card, Group, Select, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NeedCategory, NeedPriority } from '#core/domain/needs';
import { formatDate } from '#core/format';
import { PageHeader } from '#web/components/PageHeader';
import { Pager } from '#web/components/Pager';
import { QueryView } from '#web/components/QueryView';
import { currentLocale } from '#web/lib/i18n';
import { NeedStatusBadge, PriorityBadge } from '../components/Badges';
import { useKecamatanOptions, useNeeds } from '../hooks/queries';
import { categoryLabel, categoryOptions, priorityOptions, statusOptions } from '../labels';

const PAGE_SIZE = 25;

/** The needs inventory: filters by category, status, priority and kecamatan (the server limits officers to theirs). */
export function NeedsPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [category, setCategory] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>('open');
  const [priority, setPriority] = useState<string | null>(null);
  const [district, setDistrict] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const kecamatan = useKecamatanOptions();
  const needs = useNeeds({
    category: (category as NeedCategory | null) ?? undefined,
    status: (status as 'open' | null) ?? undefined,
    priority: (priority as NeedPriority | null) ?? undefined,
    districtCode: district ?? undefined,
    page,
    pageSize: PAGE_SIZE,
  });
  const filter = (set: (v: string | null) => void) => (v: string | null) => {
    set(v);
    setPage(1);
  };
  return (
    <>
      <PageHeader title={t('needs:ui.title')} description={t('needs:ui.description')} />
      <Card mb="md" p="sm">
        <Group gap="sm" wrap="wrap">
          <Select
            clearable
            searchable
            placeholder={t('needs:ui.allCategories')}
            aria-label={t('fields:category')}
            data={categoryOptions(locale)}
            value={category}
            onChange={filter(setCategory)}
            w={{ base: '100%', xs: 220 }}
          />
          <Select
            clearable
            placeholder={t('needs:ui.allStatuses')}
            aria-label={t('fields:status')}
            data={[
              { value: 'open', label: t('needs:status.open') },
              { value: 'closed', label: t('needs:status.closed') },
              ...statusOptions(),
            ]}
            value={status}
            onChange={filter(setStatus)}
            w={{ base: '100%', xs: 190 }}
          />
          <Select
            clearable
            placeholder={t('needs:ui.allPriorities')}
            aria-label={t('fields:priority')}
            data={priorityOptions()}
            value={priority}
            onChange={filter(setPriority)}
            w={{ base: '100%', xs: 160 }}
          />
          <Select
            clearable
            searchable
            placeholder={t('registry:filter.all_kecamatan')}
            aria-label={t('needs:ui.kecamatan')}
            data={kecamatan.data ?? []}
            value={district}
            onChange={filter(setDistrict)}
            w={{ base: '100%', xs: 190 }}
          />
        </Group>
      </Card>
      <QueryView query={needs} isEmpty={(d) => d.items.length === 0} empty={{ title: t('needs:ui.empty') }}>
        {(data) => (
          <Card p={0}>
            <Table.ScrollContainer minWidth={620}>
              <Table highlightOnHover verticalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('needs:ui.business')}</Table.Th>
                    <Table.Th>{t('fields:category')}</Table.Th>
                    <Table.Th>{t('fields:priority')}</Table.Th>
                    <Table.Th>{t('fields:status')}</Table.Th>
                    <Table.Th>{t('needs:ui.identifiedOn')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((n) => (
                    <Table.Tr key={n.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/needs/${n.id}`} size="sm" fw={500}>
                          {n.businessName}
                        </Anchor>
                        <Text size="xs" c="dimmed">
                          {n.districtName ?? n.districtCode}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{categoryLabel(n.category, locale)}</Text>
                        <Text size="xs" c="dimmed" lineClamp={1}>
                          {n.description}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <PriorityBadge priority={n.priority} />
                      </Table.Td>
                      <Table.Td>
                        <NeedStatusBadge status={n.status} />
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{formatDate(n.identifiedOn, locale)}</Text>
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
