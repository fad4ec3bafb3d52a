import { SimpleGrid, Text } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '#core/schemas/audit';
import { changedFieldLabel, readableValue } from '../lib/labels';

/** What an entry changed: each field by name, before → after. */
export function Changes({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const before = (entry.before ?? {}) as Record<string, unknown>;
  const after = (entry.after ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]),
  );
  if (keys.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('audit:no_changes')}
      </Text>
    );
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing={4} verticalSpacing={2}>
      {keys.map((k) => (
        <Fragment key={k}>
          <Text size="xs" fw={600}>
            {changedFieldLabel(t, k)}
          </Text>
          <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {t('audit:before')}: {entry.before ? readableValue(t, before[k]) : '–'}
          </Text>
          <Text size="xs" style={{ overflowWrap: 'anywhere' }}>
            {t('audit:after')}: {readableValue(t, after[k])}
          </Text>
        </Fragment>
      ))}
    </SimpleGrid>
  );
}
