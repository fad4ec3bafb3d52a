import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled card of label/value pairs: two columns on wide screens, one on phones. */
export function FieldSection({
  title,
  children,
  action,
}: {
  title: string;
  children: ReactNode;
  action?: ReactNode;
}) {
  return (
    <Card>
      <Stack gap="sm">
        <Title order={4} fz="md" style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
          <span>{title}</span>
          {action}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="xs">
          {children}
        </SimpleGrid>
      </Stack>
    </Card>
  );
}

export function Field({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  const empty = children === null || children === undefined || children === '' || children === '–';
  return (
    <Stack gap={0} style={{ minWidth: 0 }} data-testid={testId}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      {typeof children === 'string' || typeof children === 'number' || empty ? (
        <Text size="sm" style={{ overflowWrap: 'anywhere' }} c={empty ? 'dimmed' : undefined}>
          {empty ? '–' : children}
        </Text>
      ) : (
        children
      )}
    </Stack>
  );
}
