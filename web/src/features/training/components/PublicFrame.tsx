import { Box, Container, Group } from '@mantine/core';
import { lazy, type ReactNode, Suspense } from 'react';
import { Brand } from '#web/components/Brand';
import { LanguageSwitch } from '#web/components/LanguageSwitch';

// Confirm dialogs and toasts (cancelling a registration, the survey's thanks): the signed-in
// shell's are not there for someone without an account, so the public pages bring their own,
// after the first paint like the shell's.
const Overlays = lazy(() => import('#web/app/Overlays').then((m) => ({ default: m.Overlays })));

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
