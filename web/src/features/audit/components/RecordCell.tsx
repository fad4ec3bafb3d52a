import { Anchor, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconFilter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AuditEntry } from '#core/schemas/audit';
import { entityTypeLabel, recordLink, recordName } from '../lib/labels';

/** The record an entry is about: its name (a link to its page when it has one) and its kind. */
export function RecordCell({
  entry,
  onOnlyThis,
}: {
  entry: AuditEntry;
  onOnlyThis: (entry: AuditEntry) => void;
}) {
  const { t } = useTranslation();
  const name = recordName(t, entry);
  const link = recordLink(entry);
  return (
    <Stack gap={0} style={{ minWidth: 0 }}>
      {link ? (
        <Anchor component={Link} to={link} size="sm" fw={500} onClick={(e) => e.stopPropagation()}>
          {name}
        </Anchor>
      ) : (
        <Text size="sm" fw={500}>
          {name}
        </Text>
      )}
      <Group gap={4} wrap="nowrap">
        <Text size="xs" c="dimmed">
          {entityTypeLabel(t, entry.entityType)}
        </Text>
        {entry.entityId && (
          <UnstyledButton
            aria-label={t('audit:record_history')}
            title={t('audit:record_history')}
            onClick={(e) => {
              e.stopPropagation();
              onOnlyThis(entry);
            }}
          >
            <IconFilter size={14} color="var(--mantine-color-dimmed)" />
          </UnstyledButton>
        )}
      </Group>
    </Stack>
  );
}
