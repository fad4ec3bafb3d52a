import { Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Brand } from '#web/components/Brand';
import { LanguageSwitch } from '#web/components/LanguageSwitch';

/** The frame of the sign-in and setup pages: brand, language, one card. */
export function AuthCard({
  title,
  subtitle,
  children,
}: {
  title: string;
  subtitle?: string;
  children: ReactNode;
}) {
  return (
    <Box
      mih="100dvh"
      style={{ background: 'linear-gradient(160deg, var(--mantine-color-copper-0), #fff 55%)' }}
    >
      <Group justify="space-between" p="md">
        <Brand />
        <LanguageSwitch />
      </Group>
      <Center px="md" pb="xl" pt={{ base: 'md', sm: 60 }}>
        <Paper withBorder shadow="sm" p={{ base: 'lg', sm: 'xl' }} w="100%" maw={430}>
          <Stack gap={4} mb="lg">
            <Title order={2} fz={24}>
              {title}
            </Title>
            {subtitle && (
              <Text c="dimmed" size="sm">
                {subtitle}
              </Text>
            )}
          </Stack>
          {children}
        </Paper>
      </Center>
    </Box>
  );
}
