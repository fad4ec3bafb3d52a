import { Group, Text } from '@mantine/core';

export function Brand({ size = 28 }: { size?: number }) {
  return (
    <Group gap={8} wrap="nowrap">
      <img src="/favicon.svg" alt="" width={size} height={size} />
      <Text fw={800} fz={size * 0.7} c="copper.8" style={{ letterSpacing: -0.3 }}>
        Bina Kriya
      </Text>
    </Group>
  );
}
