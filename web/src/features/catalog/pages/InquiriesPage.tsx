import { Anchor, Card, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '#core/format';
import { INQUIRY_STATUSES, type InquiryStatus } from '#core/schemas/catalog';
import { PageHeader } from '#web/components/PageHeader';
import { Pager } from '#web/components/Pager';
import { QueryView } from '#web/components/QueryView';
import { currentLocale } from '#web/lib/i18n';
import { InquiryStatusBadge } from '../components/StatusBadge';
import { useInquiries } from '../hooks/queries';

const PAGE_SIZE = 20;

export function InquiriesPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<'all' | InquiryStatus>('all');
  const [page, setPage] = useState(1);
  const inquiries = useInquiries({
    status: status === 'all' ? undefined : status,
    page,
    pageSize: PAGE_SIZE,
  });
  const locale = currentLocale();
  return (
    <>
      <PageHeader
        title={t('catalog:ui.inquiries.title')}
        description={t('catalog:ui.inquiries.description')}
      />
      <SegmentedControl
        mb="md"
        fullWidth
        value={status}
        onChange={(v) => {
          setStatus(v as typeof status);
          setPage(1);
        }}
        data={(['all', ...INQUIRY_STATUSES] as const).map((s) => ({
          value: s,
          label: s === 'all' ? t('catalog:ui.status.all') : t(`catalog:ui.inquiryStatus.${s}`),
        }))}
      />
      <QueryView
        query={inquiries}
        isEmpty={(d) => d.items.length === 0}
        empty={{ title: t('catalog:ui.inquiries.empty') }}
      >
        {(data) => (
          <Stack gap="xs">
            {data.items.map((i) => (
              <Card key={i.id} withBorder p="sm">
                <Group justify="space-between" wrap="nowrap">
                  <Stack gap={2} style={{ minWidth: 0 }}>
                    <Anchor component={Link} to={`/inquiries/${i.id}`} fw={600} truncate>
                      {i.productName}
                    </Anchor>
                    <Text size="sm" c="dimmed" truncate>
                      {i.buyerName} · {i.country} ·{' '}
                      {t('catalog:ui.inquiries.quantity', { count: i.quantity })} ·{' '}
                      {formatDateTime(i.lastMessageAt, locale)}
                    </Text>
                  </Stack>
                  <InquiryStatusBadge status={i.status} />
                </Group>
              </Card>
            ))}
            <Pager total={data.total} pageSize={PAGE_SIZE} page={page} onChange={setPage} />
          </Stack>
        )}
      </QueryView>
    </>
  );
}
