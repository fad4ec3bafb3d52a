import { Anchor, Avatar, Button, Card, Group, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatRupiah } from '#core/format';
import type { ProductStatus } from '#core/schemas/catalog';
import { PageHeader } from '#web/components/PageHeader';
import { Pager } from '#web/components/Pager';
import { QueryView } from '#web/components/QueryView';
import { currentLocale } from '#web/lib/i18n';
import { ProductStatusBadge } from '../components/StatusBadge';
import { useProducts } from '../hooks/queries';

const PAGE_SIZE = 20;

export function ProductsPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 300);
  const [status, setStatus] = useState<'all' | ProductStatus>('all');
  const [page, setPage] = useState(1);
  const products = useProducts({
    q: q || undefined,
    status: status === 'all' ? undefined : status,
    page,
    pageSize: PAGE_SIZE,
  });
  const locale = currentLocale();

  return (
    <>
      <PageHeader
        title={t('catalog:ui.products.title')}
        description={t('catalog:ui.products.description')}
        actions={
          <Button component={Link} to="/products/new" leftSection={<IconPlus size={16} />}>
            {t('catalog:ui.products.create')}
          </Button>
        }
      />
      <Card mb="md" p="sm">
        <Group gap="sm" wrap="wrap">
          <TextInput
            leftSection={<IconSearch size={16} />}
            placeholder={t('catalog:ui.products.search')}
            aria-label={t('catalog:ui.products.search')}
            value={search}
            onChange={(e) => {
              setSearch(e.currentTarget.value);
              setPage(1);
            }}
            style={{ flex: '1 1 220px' }}
          />
          <SegmentedControl
            value={status}
            onChange={(v) => {
              setStatus(v as typeof status);
              setPage(1);
            }}
            data={(['all', 'draft', 'submitted', 'published'] as const).map((s) => ({
              value: s,
              label: t(`catalog:ui.status.${s}`),
            }))}
          />
        </Group>
      </Card>
      <QueryView
        query={products}
        isEmpty={(d) => d.items.length === 0}
        empty={{ title: t('catalog:ui.products.empty'), body: t('catalog:ui.products.emptyBody') }}
      >
        {(data) => (
          <Stack gap="xs">
            {data.items.map((p) => (
              <Card key={p.id} p="sm" withBorder>
                <Group wrap="nowrap" gap="sm">
                  <Avatar src={p.photo?.urls.small} radius="sm" size={56} alt="">
                    {p.name.id.slice(0, 1)}
                  </Avatar>
                  <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
                    <Anchor component={Link} to={`/products/${p.id}`} fw={600} truncate>
                      {locale === 'en' ? p.name.en || p.name.id : p.name.id}
                    </Anchor>
                    <Text size="sm" c="dimmed" truncate>
                      {p.businessName} · {formatRupiah(p.priceIdr, locale)} ·{' '}
                      {t('catalog:ui.products.moqShort', { count: p.moq })}
                    </Text>
                  </Stack>
                  <ProductStatusBadge status={p.status} />
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
