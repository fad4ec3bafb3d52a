import { Box, Container, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { Brand } from '#web/components/Brand';
import { LanguageSwitch } from '#web/components/LanguageSwitch';

/** The frame of the pages anyone opens without an account: brand, language, content. */
export function PublicFrame({ children }: { children: ReactNode }) {
  return (
    <Box
      mih="100dvh"
      style={{ background: 'linear-gradient(160deg, var(--mantine-color-copper-0), #fff 55%)' }}
    >
      <Group justify="space-between" p="md">
        <Brand />
        <LanguageSwitch />
      </Group>
      <Container size={560} px="md" pb="xl">
        {children}
      </Container>
    </Box>
  );
}
