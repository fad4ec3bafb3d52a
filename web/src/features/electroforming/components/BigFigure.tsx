import { Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** The answer a maker came for: a large number with its unit, a label and an optional hint. */
export function BigFigure({
  label,
  value,
  unit,
  hint,
  testId,
  size = 'lg',
}: {
  label: string;
  value: string;
  unit?: string;
  hint?: ReactNode;
  testId?: string;
  size?: 'lg' | 'md';
}) {
  return (
    <Paper p="md" withBorder bg={size === 'lg' ? 'copper.0' : undefined}>
      <Stack gap={2}>
        <Text size="sm" c="dimmed" fw={500}>
          {label}
        </Text>
        <Group gap={6} align="baseline" wrap="wrap">
          <Text
            className="ef-big"
            fz={size === 'lg' ? { base: 34, sm: 40 } : 24}
            fw={800}
            c={size === 'lg' ? 'copper.8' : undefined}
            data-testid={testId}
          >
            {value}
          </Text>
          {unit && (
            <Text fz={size === 'lg' ? 20 : 16} fw={600} c="dimmed">
              {unit}
            </Text>
          )}
        </Group>
        {hint && (
          <Text size="sm" c="dimmed">
            {hint}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
