import { Card, Group, Stack, Text, ThemeIcon } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';
import { Link } from 'react-router';

/** A big tappable card leading to one tool. */
export function ToolCard({
  to,
  icon: ToolIcon,
  title,
  hint,
  color,
  testId,
}: {
  to: string;
  icon: Icon;
  title: string;
  hint: string;
  color?: string;
  testId?: string;
}) {
  return (
    <Link to={to} className="ef-card-link" data-testid={testId}>
      <Card h="100%" className="hover-lift" p="md">
        <Group wrap="nowrap" align="flex-start" gap="md">
          <ThemeIcon size={48} radius="md" variant="light" color={color}>
            <ToolIcon size={28} stroke={1.6} />
          </ThemeIcon>
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Text fw={700} lh={1.3}>
              {title}
            </Text>
            <Text size="sm" c="dimmed">
              {hint}
            </Text>
          </Stack>
        </Group>
      </Card>
    </Link>
  );
}
