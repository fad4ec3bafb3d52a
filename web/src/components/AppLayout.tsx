import { AppShell, Burger, Group, NavLink, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Fragment, type ReactNode, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { authApi } from '#core/api/auth';
import { usePermissions, useSessionActions, useSignedInUser } from '#web/app/session';
import { call } from '#web/lib/client';
import { forgetFieldData } from '#web/lib/field-cache';
import { lazyOr, Nothing } from '#web/lib/lazy-or';
import { modals } from '#web/lib/modals';
import { loadSenders } from '#web/lib/outbox/senders';
import { navFor } from '../app/nav';
import { Brand } from './Brand';
import { LanguageSwitch } from './LanguageSwitch';
import { OfflineBadge } from './OfflineBadge';
import { PlainUserMenu, UserButton } from './UserButton';

// The outbox (IndexedDB through Dexie) is its own chunk: a signed-in page's first load does not wait for it.
const loadOutbox = () => import('#web/lib/outbox').then((m) => m.outbox);
// Should a chunk fail to load (offline after a deploy), the header goes on without it.
const OutboxStatus = lazyOr(() => import('./OutboxStatus').then((m) => m.OutboxStatus), Nothing);
// The account menu's dropdown (popover positioning, focus trap) follows the first paint; until
// then the same button stands in, and a click on it opens the menu as soon as it arrives; should
// it never arrive, the profile and sign-out are plain buttons.
const UserMenu = lazyOr(() => import('./UserMenu').then((m) => m.UserMenu), PlainUserMenu);

function isActive(pathname: string, to: string) {
  return to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`);
}

/** The signed-in pages' frame; `children` stand in the page's place (default: the route's outlet). */
export function AppLayout({ children }: { children?: ReactNode }) {
  const [opened, { toggle, close }] = useDisclosure();
  const user = useSignedInUser();
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const { signedOut } = useSessionActions();
  const items = navFor(usePermissions());
  const [menuWanted, setMenuWanted] = useState(false);

  // The outbox sends the signed-in person's queued work: at start, when online, on a timer.
  useEffect(() => {
    let stop: (() => void) | undefined;
    let left = false;
    loadSenders();
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
    // The field cache's copies (participants' names and codes, businesses) go with the session.
    await forgetFieldData(user.id).catch(() => {});
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
            <Suspense fallback={<UserButton onClick={() => setMenuWanted(true)} />}>
              <UserMenu defaultOpened={menuWanted} onSignOut={() => void signOut()} />
            </Suspense>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('common:nav.main')}>
        {/* Native scrolling: Mantine's ScrollArea brings the popover positioning library (14 KB gzip). */}
        <AppShell.Section grow style={{ overflowY: 'auto' }}>
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
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>{children ?? <Outlet />}</AppShell.Main>
    </AppShell>
  );
}
