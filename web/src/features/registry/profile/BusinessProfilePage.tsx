import { Badge, Button, Group, Menu, Tabs } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import {
  IconArrowsJoin,
  IconChartBar,
  IconDots,
  IconHeartHandshake,
  IconHistory,
  IconId,
  IconPencil,
  IconTrash,
  IconUsers,
} from '@tabler/icons-react';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useCan } from '#web/app/session';
import { PageHeader } from '#web/components/PageHeader';
import { ErrorState, LoadingState } from '#web/components/States';
import { loadBusinessNeedsTab } from '#web/features/needs';
import { modals } from '#web/lib/modals';
import { useBusiness, useDeleteBusiness } from '../hooks/businesses';
import { ExportBadge } from '../list/badges';
import { enumLabel } from '../shared/options';
import { HistoryTab } from './HistoryTab';
import { MergeModal } from './MergeModal';
import { OwnersTab } from './OwnersTab';
import { ProfileTab } from './ProfileTab';

// Charts are the heaviest part of the page: loaded when the tab is opened.
const SnapshotsTab = lazy(() => import('./SnapshotsTab'));
// The needs inventory's section of this business (its own feature), loaded when opened.
const NeedsTab = lazy(loadBusinessNeedsTab);

const TABS = ['profile', 'data', 'owners', 'needs', 'history'] as const;

export default function BusinessProfilePage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const [search, setSearch] = useSearchParams();
  const business = useBusiness(id);
  const remove = useDeleteBusiness();
  const [merging, setMerging] = useState(false);
  const seesNeeds = useCan('needs.view');
  // Four tabs with icons do not fit 360 px; the words alone do.
  const icons = useMediaQuery('(min-width: 36em)', false, { getInitialValueInEffect: false });
  const tab = TABS.find((x) => x === search.get('tab')) ?? 'profile';

  if (business.isPending) return <LoadingState />;
  if (business.error) return <ErrorState error={business.error} onRetry={() => void business.refetch()} />;
  const b = business.data;
  const can = b.permissions;

  const confirmDelete = () =>
    modals.openConfirmModal({
      title: t('registry-record:profile.delete_title'),
      children: t('registry-record:profile.delete_body', { name: b.name }),
      labels: { confirm: t('common:action.delete'), cancel: t('common:action.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        remove.mutate(b.id, {
          onSuccess: () => {
            notifications.show({ color: 'green', message: t('registry-record:profile.deleted') });
            navigate('/registry', { replace: true });
          },
          onError: (error) => notifications.show({ color: 'red', message: (error as Error).message }),
        }),
    });

  return (
    <>
      <PageHeader
        title={b.name}
        description={
          <Group gap={6} component="span">
            <Badge variant="light">{enumLabel(t, 'subsector', b.subsector)}</Badge>
            <ExportBadge status={b.exportStatus} />
            <span>{[b.villageName, b.districtName].filter(Boolean).join(', ')}</span>
          </Group>
        }
        actions={
          <>
            {can.edit && (
              <Button
                leftSection={<IconPencil size={16} />}
                onClick={() => navigate(`/registry/${b.id}/edit`)}
                data-testid="edit-business"
              >
                {t('common:action.edit')}
              </Button>
            )}
            {(can.merge || can.delete) && (
              <Menu position="bottom-end">
                <Menu.Target>
                  <Button variant="default" px="xs" aria-label={t('registry-record:profile.more')}>
                    <IconDots size={18} />
                  </Button>
                </Menu.Target>
                <Menu.Dropdown>
                  {can.merge && (
                    <Menu.Item leftSection={<IconArrowsJoin size={16} />} onClick={() => setMerging(true)}>
                      {t('registry-record:merge.action')}
                    </Menu.Item>
                  )}
                  {can.delete && (
                    <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={confirmDelete}>
                      {t('common:action.delete')}
                    </Menu.Item>
                  )}
                </Menu.Dropdown>
              </Menu>
            )}
          </>
        }
      />
      <Tabs
        value={tab}
        onChange={(v) => setSearch(v && v !== 'profile' ? { tab: v } : {}, { replace: true })}
        keepMounted={false}
        styles={icons ? undefined : { tab: { paddingInline: 10 } }}
      >
        <Tabs.List mb="md" style={{ flexWrap: 'nowrap', overflowX: 'auto', overflowY: 'hidden' }}>
          <Tabs.Tab value="profile" leftSection={icons ? <IconId size={16} /> : undefined}>
            {t('registry-record:tab.profile')}
          </Tabs.Tab>
          <Tabs.Tab value="data" leftSection={icons ? <IconChartBar size={16} /> : undefined}>
            {t('registry-record:tab.data')}
          </Tabs.Tab>
          <Tabs.Tab value="owners" leftSection={icons ? <IconUsers size={16} /> : undefined}>
            {t('registry-record:tab.owners')}
          </Tabs.Tab>
          {seesNeeds && (
            <Tabs.Tab value="needs" leftSection={icons ? <IconHeartHandshake size={16} /> : undefined}>
              {t('needs:ui.tab')}
            </Tabs.Tab>
          )}
          <Tabs.Tab value="history" leftSection={icons ? <IconHistory size={16} /> : undefined}>
            {t('registry-record:tab.history')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="profile">
          <ProfileTab business={b} />
        </Tabs.Panel>
        <Tabs.Panel value="data">
          <Suspense fallback={<LoadingState />}>
            <SnapshotsTab business={b} />
          </Suspense>
        </Tabs.Panel>
        <Tabs.Panel value="owners">
          <OwnersTab business={b} />
        </Tabs.Panel>
        {seesNeeds && (
          <Tabs.Panel value="needs">
            <Suspense fallback={<LoadingState />}>
              <NeedsTab businessId={b.id} />
            </Suspense>
          </Tabs.Panel>
        )}
        <Tabs.Panel value="history">
          <HistoryTab businessId={b.id} />
        </Tabs.Panel>
      </Tabs>
      {merging && <MergeModal business={b} onClose={() => setMerging(false)} />}
    </>
  );
}
