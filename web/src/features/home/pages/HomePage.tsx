import { Card, Group, SimpleGrid, Stack, Text, ThemeIcon, Title, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { navFor } from '#web/app/nav';
import { useCan, usePermissions, useSignedInUser } from '#web/app/session';
import { FollowUpList } from '#web/features/monitoring';

/** A greeting and the user's way into every feature they may use. */
export function HomePage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const hour = Number(
    new Intl.DateTimeFormat('en-GB', { hour: 'numeric', timeZone: 'Asia/Jakarta' }).format(new Date()),
  );
  const greeting = hour < 11 ? 'morning' : hour < 15 ? 'afternoon' : hour < 19 ? 'evening' : 'night';
  const destinations = navFor(usePermissions()).filter((item) => item.to !== '/');
  // Field officers start the day with the visits that are due.
  const followsUp = useCan('monitoring.visits');
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={2} fz={{ base: 22, sm: 28 }}>
          {t(`common:home.greeting_${greeting}`, { name: user.name.split(' ')[0] })}
        </Title>
        <Text c="dimmed">{t(`common:home.intro_${user.role}`)}</Text>
      </Stack>
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
