import { Alert, Button, Checkbox, Group, Modal, Select, Stack, Table, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconArrowsJoin } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { registryApi } from '#core/api/registry';
import { useDisabledReason } from '#web/components/DisabledReason';
import { call } from '#web/lib/client';
import { useBusiness, useMergeBusiness } from '../hooks/businesses';
import { enumLabel } from '../shared/options';
import type { Business } from '../shared/types';

function rows(t: (k: string) => string, b: Business): [string, string][] {
  return [
    [t('registry:field.name'), b.name],
    [t('registry:field.brand'), b.brand ?? '–'],
    [t('registry:field.nib'), b.nib ?? '–'],
    [t('registry:field.location'), [b.villageName, b.districtName].filter(Boolean).join(', ') || '–'],
    [t('registry:field.owner'), b.owners.map((o) => o.name).join(', ') || '–'],
    [t('registry-record:merge.snapshots'), String(b.snapshots.length)],
    [t('registry-record:merge.certifications'), String(b.certifications.length)],
  ];
}

/**
 * Admin: merge another record into this one. This record's fields are kept; the other's
 * snapshots, certifications, owners, visits and history move here and it disappears from lists.
 */
export function MergeModal({ business, onClose }: { business: Business; onClose: () => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 250);
  const [otherId, setOtherId] = useState<string | null>(null);
  const [understood, setUnderstood] = useState(false);
  const merge = useMergeBusiness(business.id);
  const candidates = useQuery({
    queryKey: ['businesses', 'merge-pick', q],
    queryFn: ({ signal }) => call(registryApi.listBusinesses, { query: { q, pageSize: 20 }, signal }),
    enabled: q.trim().length >= 2,
  });
  const other = useBusiness(otherId ?? undefined);
  const confirmWhy = useDisabledReason((!other.data || !understood) && t('registry-record:merge.confirmWhy'));
  const options = (candidates.data?.items ?? [])
    .filter((c) => c.id !== business.id)
    .map((c) => ({ value: c.id, label: `${c.name} · ${c.villageName ?? c.districtName ?? ''}` }));

  const submit = () =>
    otherId &&
    merge.mutate(otherId, {
      onSuccess: (result) => {
        notifications.show({
          color: 'green',
          message: t('registry-record:merge.done', {
            snapshots: result.moved.snapshots,
            certifications: result.moved.certifications,
            owners: result.moved.ownerLinks,
          }),
        });
        onClose();
      },
    });

  return (
    <Modal opened onClose={onClose} title={t('registry-record:merge.title')} size="xl">
      <Stack>
        <Text size="sm" c="dimmed">
          {t('registry-record:merge.intro', { name: business.name })}
        </Text>
        <Select
          label={t('registry-record:merge.pick')}
          placeholder={t('registry-record:merge.pick_placeholder')}
          searchable
          searchValue={search}
          onSearchChange={setSearch}
          data={options}
          value={otherId}
          onChange={(v) => {
            setOtherId(v);
            setUnderstood(false);
          }}
          nothingFoundMessage={
            q.length >= 2 ? t('registry:filter.nothing_found') : t('registry-record:merge.type_more')
          }
          filter={({ options: o }) => o}
          data-testid="merge-pick"
        />
        {other.data && (
          <>
            <Table.ScrollContainer minWidth={480}>
              <Table withTableBorder withColumnBorders verticalSpacing={4} fz="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th />
                    <Table.Th>{t('registry-record:merge.kept')}</Table.Th>
                    <Table.Th>{t('registry-record:merge.merged')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows(t, business).map(([label, value], i) => (
                    <Table.Tr key={label}>
                      <Table.Td c="dimmed">{label}</Table.Td>
                      <Table.Td fw={500}>{value}</Table.Td>
                      <Table.Td>{rows(t, other.data)[i][1]}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Alert color="orange" icon={<IconArrowsJoin />}>
              {t('registry-record:merge.explain', {
                kept: business.name,
                merged: other.data.name,
                subsector: enumLabel(t, 'subsector', business.subsector),
              })}
            </Alert>
            <Checkbox
              label={t('registry-record:merge.understood')}
              checked={understood}
              onChange={(e) => setUnderstood(e.currentTarget.checked)}
            />
          </>
        )}
        {merge.error && (
          <Text c="red" size="sm">
            {(merge.error as Error).message}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common:action.cancel')}
          </Button>
          <Button
            disabled={confirmWhy.disabled}
            aria-describedby={confirmWhy.describedBy}
            loading={merge.isPending}
            onClick={submit}
          >
            {t('registry-record:merge.confirm')}
          </Button>
        </Group>
        <Group justify="flex-end">{confirmWhy.note}</Group>
      </Stack>
    </Modal>
  );
}
