import { Button, Card, Group, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconLockOpen, IconPlus, IconSearch } from '@tabler/icons-react';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { formatDateTime } from '#core/format';
import { ROLES, type Role } from '#core/schemas/common';
import type { User } from '#core/schemas/users';
import { WIDE_LIST } from '#web/components/breakpoints';
import { LazySelect } from '#web/components/LazySelect';
import { PageHeader } from '#web/components/PageHeader';
import { Pager } from '#web/components/Pager';
import { QueryView } from '#web/components/QueryView';
import { useHomeRegion, useRegions } from '#web/features/registry';
import { ApiError } from '#web/lib/api';
import { catalogsReady, currentLocale } from '#web/lib/i18n';
import { LockNote, RoleBadges, UserCards } from '../components/UserCards';
import { useUnlockSignIn, useUsers } from '../hooks/queries';

// The add/edit dialog (its pickers, the registry's region and validation code) is its own chunk,
// fetched when a person opens it with the registry's words its kecamatan picker shows: the list's
// first load carries neither (issue 10). Offline without that catalog, the dialog still opens.
const UserFormModal = lazy(() =>
  Promise.all([
    import('../components/UserFormModal'),
    catalogsReady(['registry']).catch(() => undefined),
  ]).then(([m]) => ({ default: m.UserFormModal })),
);

const PAGE_SIZE = 20;

export function UsersPage() {
  const { t } = useTranslation();
  // A link from elsewhere (the audit log) may open the page on one account: /users?q=…
  const [params] = useSearchParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const wide = useMediaQuery(WIDE_LIST, false, { getInitialValueInEffect: false });
  const [q] = useDebouncedValue(search, 300);
  const [role, setRole] = useState<string | null>(null);
  const [active, setActive] = useState<string | null>('true');
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<User | null | 'new'>(null);
  // Kecamatan by name (the code until the city's list has loaded, or for one outside it).
  const kecamatan = useRegions(useHomeRegion());
  const kecamatanName = (code: string) => kecamatan.data?.find((r) => r.code === code)?.name ?? code;
  const users = useUsers({
    q,
    role: (role as Role | null) ?? undefined,
    active: (active as 'true' | 'false' | null) ?? undefined,
    page,
    pageSize: PAGE_SIZE,
  });
  const locale = currentLocale();
  const unlock = useUnlockSignIn();
  const unlockSignIn = async (user: User) => {
    try {
      await unlock.mutateAsync(user.id);
      notifications.show({ color: 'green', message: t('users:lock.unlocked') });
    } catch (error) {
      notifications.show({
        color: 'red',
        message: error instanceof ApiError ? error.message : t('errors:unexpected'),
      });
    }
  };

  return (
    <>
      <PageHeader
        title={t('users:title')}
        description={t('users:description')}
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
            {t('users:create')}
          </Button>
        }
      />
      <Card mb="md" p="sm">
        <Group gap="sm" wrap="wrap">
          <TextInput
            leftSection={<IconSearch size={16} />}
            placeholder={t('users:search')}
            value={search}
            onChange={(e) => {
              setSearch(e.currentTarget.value);
              setPage(1);
            }}
            style={{ flex: '1 1 220px' }}
            aria-label={t('users:search')}
          />
          <LazySelect
            placeholder={t('users:field.role')}
            clearable
            data={ROLES.map((r) => ({ value: r, label: t(`common:role.${r}`) }))}
            value={role}
            onChange={(v) => {
              setRole(v);
              setPage(1);
            }}
            w={{ base: '100%', xs: 180 }}
            aria-label={t('users:field.role')}
          />
          <LazySelect
            clearable
            placeholder={t('users:status.all')}
            data={[
              { value: 'true', label: t('users:status.active') },
              { value: 'false', label: t('users:status.inactive') },
            ]}
            value={active}
            onChange={(v) => {
              setActive(v);
              setPage(1);
            }}
            w={{ base: '100%', xs: 160 }}
            aria-label={t('users:status.label')}
          />
        </Group>
      </Card>
      <QueryView query={users} isEmpty={(d) => d.items.length === 0} empty={{ title: t('users:empty') }}>
        {(data) => (
          <Card p={0}>
            {wide ? (
              <Table.ScrollContainer minWidth={640}>
                <Table highlightOnHover verticalSpacing="sm">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('auth:field.name')}</Table.Th>
                      <Table.Th>{t('users:field.role')}</Table.Th>
                      <Table.Th>{t('users:field.kecamatan')}</Table.Th>
                      <Table.Th>{t('users:field.last_login')}</Table.Th>
                      <Table.Th />
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.items.map((u) => (
                      <Table.Tr key={u.id} opacity={u.active ? 1 : 0.55}>
                        <Table.Td>
                          <Text size="sm" fw={500}>
                            {u.name}
                          </Text>
                          <Text size="xs" c="dimmed">
                            {u.email}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <RoleBadges user={u} />
                          <LockNote user={u} />
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{u.kecamatanCodes.map(kecamatanName).join(', ') || '–'}</Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{formatDateTime(u.lastLoginAt, locale)}</Text>
                        </Table.Td>
                        <Table.Td ta="right">
                          {u.signInLockedUntil && (
                            <Button
                              size="xs"
                              variant="light"
                              color="red"
                              mr={4}
                              leftSection={<IconLockOpen size={14} />}
                              loading={unlock.isPending && unlock.variables === u.id}
                              onClick={() => void unlockSignIn(u)}
                            >
                              {t('users:lock.unlock')}
                            </Button>
                          )}
                          <Button size="xs" variant="subtle" onClick={() => setEditing(u)}>
                            {t('common:action.edit')}
                          </Button>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            ) : (
              <UserCards
                items={data.items}
                kecamatanName={kecamatanName}
                onEdit={setEditing}
                onUnlock={(u) => void unlockSignIn(u)}
                unlocking={unlock.isPending ? (unlock.variables ?? null) : null}
              />
            )}
            <Pager total={data.total} pageSize={PAGE_SIZE} page={page} onChange={setPage} />
          </Card>
        )}
      </QueryView>
      {editing !== null && (
        <Suspense fallback={null}>
          <UserFormModal user={editing === 'new' ? null : editing} opened onClose={() => setEditing(null)} />
        </Suspense>
      )}
    </>
  );
}
