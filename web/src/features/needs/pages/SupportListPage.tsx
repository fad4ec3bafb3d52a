import { Button, Select, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SupportType } from '#core/domain/needs';
import { formatDate, formatNumber, formatRupiah } from '#core/format';
import type { Support } from '#core/schemas/needs';
import { useCan } from '#web/app/session';
import { FilterBar, type ListColumn, ListView, useListFilters } from '#web/components/ListPage';
import { PageHeader } from '#web/components/PageHeader';
import { currentLocale } from '#web/lib/i18n';
import { SupportFormModal } from '../components/SupportFormModal';
import { useSupportList } from '../hooks/queries';
import { supportTypeOptions } from '../labels';

const PAGE_SIZE = 25;

/** Support given (grants, expos, mentoring, training…), newest first; officers see their kecamatan's. */
export function SupportListPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const canRecord = useCan('needs.manage');
  const { filters, set, page, setPage } = useListFilters<{ type: string | null }>({ type: null });
  const [adding, setAdding] = useState(false);
  const list = useSupportList({
    type: (filters.type as SupportType | null) ?? undefined,
    page,
    pageSize: PAGE_SIZE,
  });
  const columns: ListColumn<Support>[] = [
    {
      key: 'date',
      header: t('fields:date'),
      cell: (s) => <Text size="sm">{formatDate(s.date, locale)}</Text>,
    },
    {
      key: 'type',
      header: t('fields:type'),
      cell: (s) => (
        <>
          <Text size="sm" fw={500}>
            {t(`needs:supportType.${s.type}`)}
          </Text>
          {s.title && (
            <Text size="xs" c="dimmed" lineClamp={1}>
              {s.title}
            </Text>
          )}
        </>
      ),
    },
    {
      key: 'deliveredBy',
      header: t('fields:deliveredBy'),
      cell: (s) => (
        <>
          <Text size="sm">{s.deliveredBy.name}</Text>
          <Text size="xs" c="dimmed">
            {t(`needs:deliverer.${s.deliveredBy.kind}`)}
          </Text>
        </>
      ),
    },
    {
      key: 'value',
      header: t('fields:valueIdr'),
      align: 'right',
      cell: (s) => <Text size="sm">{formatRupiah(s.valueIdr, locale)}</Text>,
    },
    {
      key: 'reach',
      header: t('needs:ui.support.reach'),
      align: 'right',
      cell: (s) => (
        <Text size="sm">
          {t('needs:ui.support.reachCount', {
            businesses: formatNumber(s.businessCount, locale),
            needs: formatNumber(s.needCount, locale),
          })}
        </Text>
      ),
    },
  ];
  return (
    <>
      <PageHeader
        title={t('needs:ui.support.title')}
        description={t('needs:ui.support.description')}
        actions={
          canRecord && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>
              {t('needs:ui.support.add')}
            </Button>
          )
        }
      />
      <FilterBar>
        <Select
          clearable
          placeholder={t('needs:ui.support.allTypes')}
          aria-label={t('fields:type')}
          data={supportTypeOptions()}
          value={filters.type}
          onChange={set('type')}
          w={{ base: '100%', xs: 240 }}
        />
      </FilterBar>
      <ListView
        query={list}
        columns={columns}
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={setPage}
        empty={{ title: t('needs:ui.support.empty') }}
        testId="support"
        titleKey="type"
        highlightOnHover={false}
      />
      {adding && <SupportFormModal opened onClose={() => setAdding(false)} />}
    </>
  );
}
