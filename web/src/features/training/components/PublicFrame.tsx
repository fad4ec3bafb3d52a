import { Box, Container, Group } from '@mantine/core';
import { type ReactNode, Suspense } from 'react';
import { Brand } from '#web/components/Brand';
import { LanguageSwitch } from '#web/components/LanguageSwitch';
import { lazyOr, Nothing } from '#web/lib/lazy-or';

// Confirm dialogs and toasts (cancelling a registration, the survey's thanks): the signed-in
// shell's are not there for someone without an account, so the public pages bring their own,
// after the first paint like the shell's (and, like the shell's, none if their chunk fails to load).
const Overlays = lazyOr(() => import('#web/app/Overlays').then((m) => m.Overlays), Nothing);

/** The frame of the pages anyone opens without an account: brand, language, content, dialogs. */
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
      <Suspense fallback={null}>
        <Overlays />
      </Suspense>
    </Box>
  );
}
