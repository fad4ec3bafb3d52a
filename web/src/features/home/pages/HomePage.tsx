import { Card, Group, SimpleGrid, Stack, Text, ThemeIcon, Title, UnstyledButton } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { navFor } from '#web/app/nav';
import { useCan, usePermissions, useSignedInUser } from '#web/app/session';
import { LoadingState } from '#web/components/States';
import { loadDashboardPage } from '#web/features/dashboard';
import { FollowUpList } from '#web/features/monitoring';
import { catalogsReady } from '#web/lib/i18n';

const DASHBOARD_CATALOGS = ['dashboard', 'needs', 'registry'];

// The charts come in their own chunk, only for those who see the dashboard, with the words they
// use (its labels use registry and needs words): the greeting and follow-up list do not wait.
const DashboardPage = lazy(() =>
  Promise.all([loadDashboardPage(), catalogsReady(DASHBOARD_CATALOGS)]).then(([Page]) => ({ default: Page })),
);

/**
 * The office's home is the leadership dashboard (an officer's covers their kecamatan; the day's
 * due visits come first); everyone else gets a greeting and their way into every feature.
 */
export function HomePage() {
  const user = useSignedInUser();
  const followsUp = useCan('monitoring.visits');
  if (useCan('dashboard.view')) {
    // A field officer's day starts with the visits due; the head of office's with the figures.
    const visitsFirst = followsUp && user.role === 'officer';
    return (
      <Stack gap="lg">
        <Greeting />
        {visitsFirst && <FollowUpList />}
        <Suspense fallback={<LoadingState />}>
          <DashboardPage />
        </Suspense>
        {followsUp && !visitsFirst && <FollowUpList />}
      </Stack>
    );
  }
  return <Welcome followsUp={followsUp} />;
}

/** Good morning/afternoon, by the office's clock. */
function Greeting() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const hour = Number(
    new Intl.DateTimeFormat('en-GB', { hour: 'numeric', timeZone: 'Asia/Jakarta' }).format(new Date()),
  );
  const greeting = hour < 11 ? 'morning' : hour < 15 ? 'afternoon' : hour < 19 ? 'evening' : 'night';
  return (
    <Stack gap={4}>
      <Title order={2} fz={{ base: 22, sm: 28 }}>
        {t(`common:home.greeting_${greeting}`, { name: user.name.split(' ')[0] })}
      </Title>
      <Text c="dimmed">{t(`common:home.intro_${user.role}`)}</Text>
    </Stack>
  );
}

/** A greeting and the user's way into every feature they may use. */
function Welcome({ followsUp }: { followsUp: boolean }) {
  const { t } = useTranslation();
  const destinations = navFor(usePermissions()).filter((item) => item.to !== '/');
  return (
    <Stack gap="lg">
      <Greeting />
      {followsUp && <FollowUpList />}
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }}>
        {destinations.map((item) => (
          <UnstyledButton key={item.to} component={Link} to={item.to}>
            <Card h="100%" style={{ transition: 'box-shadow 120ms' }} className="hover-lift">
              <Group wrap="nowrap" align="flex-start">
                <ThemeIcon size={42} radius="md" variant="light">
                  <item.icon size={24} />
                </ThemeIcon>
                <Stack gap={2}>
                  <Text fw={600}>{t(item.label)}</Text>
                  <Text size="sm" c="dimmed">
                    {t(`${item.label}_hint`)}
                  </Text>
                </Stack>
              </Group>
            </Card>
          </UnstyledButton>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
