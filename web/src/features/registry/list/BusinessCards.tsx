import { Badge, Card, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconChevronRight, IconMapPin, IconUser } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { enumLabel } from '../shared/options';
import type { BusinessListItem } from '../shared/types';
import { ExportBadge } from './badges';

/** Phones: one tappable card per business, nothing wider than the screen. */
export function BusinessCards({ items }: { items: BusinessListItem[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" data-testid="business-cards">
      {items.map((b) => (
        <UnstyledButton key={b.id} component={Link} to={`/registry/${b.id}`} aria-label={b.name}>
          <Card padding="sm">
            <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
              <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
                <Text fw={600} lineClamp={2}>
                  {b.name}
                </Text>
                <Group gap={4} wrap="nowrap">
                  <IconMapPin size={14} style={{ flexShrink: 0 }} />
                  <Text size="sm" c="dimmed" truncate>
                    {[b.villageName, b.districtName].filter(Boolean).join(', ') || b.districtCode}
                  </Text>
                </Group>
                {b.ownerNames.length > 0 && (
                  <Group gap={4} wrap="nowrap">
                    <IconUser size={14} style={{ flexShrink: 0 }} />
                    <Text size="sm" c="dimmed" truncate>
                      {b.ownerNames.join(', ')}
                    </Text>
                  </Group>
                )}
                <Group gap={4}>
                  <Badge size="sm" variant="light">
                    {enumLabel(t, 'subsector', b.subsector)}
                  </Badge>
                  <ExportBadge status={b.exportStatus} />
                  {b.certificationTypes.map((c) => (
                    <Badge key={c} size="sm" variant="outline" color="teal">
                      {enumLabel(t, 'certification', c)}
                    </Badge>
                  ))}
                </Group>
              </Stack>
              <IconChevronRight size={18} color="var(--mantine-color-dimmed)" style={{ flexShrink: 0 }} />
            </Group>
          </Card>
        </UnstyledButton>
      ))}
    </Stack>
  );
}
