import { Button, Card, Select, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SupportType } from '#core/domain/needs';
import { formatDate, formatNumber, formatRupiah } from '#core/format';
import { useCan } from '#web/app/session';
import { PageHeader } from '#web/components/PageHeader';
import { Pager } from '#web/components/Pager';
import { QueryView } from '#web/components/QueryView';
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
  const [type, setType] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const [adding, setAdding] = useState(false);
  const list = useSupportList({ type: (type as SupportType | null) ?? undefined, page, pageSize: PAGE_SIZE });
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
      <Card mb="md" p="sm">
        <Select
          clearable
          placeholder={t('needs:ui.support.allTypes')}
          aria-label={t('fields:type')}
          data={supportTypeOptions()}
          value={type}
          onChange={(v) => {
            setType(v);
            setPage(1);
          }}
          w={{ base: '100%', xs: 240 }}
        />
      </Card>
      <QueryView
        query={list}
        isEmpty={(d) => d.items.length === 0}
        empty={{ title: t('needs:ui.support.empty') }}
      >
        {(data) => (
          <Card p={0}>
            <Table.ScrollContainer minWidth={620}>
              <Table verticalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('fields:date')}</Table.Th>
                    <Table.Th>{t('fields:type')}</Table.Th>
                    <Table.Th>{t('fields:deliveredBy')}</Table.Th>
                    <Table.Th ta="right">{t('fields:valueIdr')}</Table.Th>
                    <Table.Th ta="right">{t('needs:ui.support.reach')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((s) => (
                    <Table.Tr key={s.id}>
                      <Table.Td>
                        <Text size="sm">{formatDate(s.date, locale)}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" fw={500}>
                          {t(`needs:supportType.${s.type}`)}
                        </Text>
                        {s.title && (
                          <Text size="xs" c="dimmed" lineClamp={1}>
                            {s.title}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{s.deliveredBy.name}</Text>
                        <Text size="xs" c="dimmed">
                          {t(`needs:deliverer.${s.deliveredBy.kind}`)}
                        </Text>
                      </Table.Td>
                      <Table.Td ta="right">
                        <Text size="sm">{formatRupiah(s.valueIdr, locale)}</Text>
                      </Table.Td>
                      <Table.Td ta="right">
                        <Text size="sm">
                          {t('needs:ui.support.reachCount', {
                            businesses: formatNumber(s.businessCount, locale),
                            needs: formatNumber(s.needCount, locale),
                          })}
                        </Text>
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
      {adding && <SupportFormModal opened onClose={() => setAdding(false)} />}
    </>
  );
}
