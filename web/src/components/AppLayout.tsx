import {
  AppShell,
  Avatar,
  Badge,
  Burger,
  Group,
  Menu,
  NavLink,
  ScrollArea,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { modals } from '@mantine/modals';
import { IconChevronDown, IconLogout, IconUserCircle } from '@tabler/icons-react';
import { Fragment, lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { authApi } from '#core/api/auth';
import { usePermissions, useSessionActions, useSignedInUser } from '#web/app/session';
import { call } from '#web/lib/client';
import { navFor } from '../app/nav';
import { Brand } from './Brand';
import { LanguageSwitch } from './LanguageSwitch';
import { OfflineBadge } from './OfflineBadge';

// The outbox (IndexedDB through Dexie) is its own chunk: a signed-in page's first load does not wait for it.
const loadOutbox = () => import('#web/lib/outbox').then((m) => m.outbox);
const OutboxStatus = lazy(() => import('./OutboxStatus').then((m) => ({ default: m.OutboxStatus })));

function isActive(pathname: string, to: string) {
  return to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`);
}

export function AppLayout() {
  const [opened, { toggle, close }] = useDisclosure();
  const user = useSignedInUser();
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const { signedOut } = useSessionActions();
  const items = navFor(usePermissions());

  // The outbox sends the signed-in person's queued work: at start, when online, on a timer.
  useEffect(() => {
    let stop: (() => void) | undefined;
    let left = false;
    void loadOutbox().then((outbox) => {
      if (left) return;
      outbox.setUser(user.id);
      stop = outbox.start();
    });
    return () => {
      left = true;
      stop?.();
    };
  }, [user.id]);

  const leave = async () => {
    await call(authApi.logout).catch(() => {});
    (await loadOutbox()).setUser(null);
    signedOut();
    navigate('/login', { replace: true });
  };
  // Work still in the outbox stays on this device and goes when the same person signs in again.
  const signOut = async () => {
    const waiting = await loadOutbox()
      .then((outbox) => outbox.countUnsent())
      .catch(() => 0);
    if (waiting === 0) return leave();
    modals.openConfirmModal({
      title: t('outbox:sign_out.title'),
      children: <Text size="sm">{t('outbox:sign_out.body', { count: waiting })}</Text>,
      labels: { confirm: t('common:action.sign_out'), cancel: t('common:action.cancel') },
      onConfirm: () => void leave(),
    });
  };

  let lastGroup: string | undefined;
  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding={{ base: 'sm', sm: 'lg' }}
    >
      <AppShell.Header>
        <Group h="100%" px="sm" justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('common:nav.menu')}
            />
            <UnstyledButton component={Link} to="/" aria-label={t('common:nav.home')}>
              <Brand size={26} />
            </UnstyledButton>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <OfflineBadge />
            <Suspense fallback={null}>
              <OutboxStatus />
            </Suspense>
            <LanguageSwitch />
            <Menu position="bottom-end" width={230}>
              <Menu.Target>
                <UnstyledButton data-testid="user-menu" aria-label={t('common:nav.account')}>
                  <Group gap={6} wrap="nowrap">
                    <Avatar size="sm" color="copper" radius="xl">
                      {user.name.slice(0, 1).toUpperCase()}
                    </Avatar>
                    <Text size="sm" fw={500} visibleFrom="sm" maw={140} truncate>
                      {user.name}
                    </Text>
                    <IconChevronDown size={14} />
                  </Group>
                </UnstyledButton>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Label>
                  <Text size="sm" fw={600} truncate>
                    {user.name}
                  </Text>
                  <Badge size="xs" variant="light" mt={4}>
                    {t(`common:role.${user.role}`)}
                  </Badge>
                </Menu.Label>
                <Menu.Item component={Link} to="/profile" leftSection={<IconUserCircle size={16} />}>
                  {t('common:nav.profile')}
                </Menu.Item>
                <Menu.Item
                  color="red"
                  leftSection={<IconLogout size={16} />}
                  onClick={() => void signOut()}
                  data-testid="sign-out"
                >
                  {t('common:action.sign_out')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('common:nav.main')}>
        <ScrollArea>
          {items.map((item) => {
            const heading = item.group && item.group !== lastGroup ? item.group : undefined;
            lastGroup = item.group;
            return (
              <Fragment key={item.to}>
                {heading && (
                  <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" mt="md" mb={4}>
                    {t(heading)}
                  </Text>
                )}
                <NavLink
                  component={Link}
                  to={item.to}
                  label={t(item.label)}
                  leftSection={<item.icon size={18} stroke={1.6} />}
                  active={isActive(pathname, item.to)}
                  onClick={close}
                  style={{ borderRadius: 8 }}
                />
              </Fragment>
            );
          })}
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
