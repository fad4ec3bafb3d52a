import { Badge, Card, Group, Pagination, Stack, Text, Timeline } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '#core/format';
import type { AuditEntry } from '#core/schemas/audit';
import { EmptyState, ErrorState, LoadingState } from '#web/components/States';
import { currentLocale } from '#web/lib/i18n';
import { useBusinessHistory } from '../hooks/businesses';

function changedFields(e: AuditEntry): string[] {
  const before = (e.before ?? {}) as Record<string, unknown>;
  const after = (e.after ?? {}) as Record<string, unknown>;
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (k) => k !== 'updatedAt' && JSON.stringify(before[k]) !== JSON.stringify(after[k]),
  );
}

/** Who changed what and when, from the audit trail of this business. */
export function HistoryTab({ businessId }: { businessId: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [page, setPage] = useState(1);
  const history = useBusinessHistory(businessId, page);
  if (history.isPending) return <LoadingState />;
  if (history.error) return <ErrorState error={history.error} onRetry={() => void history.refetch()} />;
  if (history.data.items.length === 0) return <EmptyState title={t('registry:history.empty')} />;
  return (
    <Card>
      <Timeline bulletSize={14} lineWidth={2} data-testid="history">
        {history.data.items.map((e) => {
          const fields = e.before ? changedFields(e) : [];
          return (
            <Timeline.Item
              key={e.id}
              title={
                <Group gap={6}>
                  <Text size="sm" fw={600}>
                    {t(`registry:history.action.${e.action.replace(/\./g, '_')}`, { defaultValue: e.action })}
                  </Text>
                </Group>
              }
            >
              <Stack gap={4}>
                <Text size="xs" c="dimmed">
                  {formatDateTime(e.at, locale)} · {e.actorEmail ?? t('registry:history.system')}
                </Text>
                {fields.length > 0 && (
                  <Group gap={4}>
                    {fields.slice(0, 12).map((f) => (
                      <Badge key={f} size="xs" variant="outline" color="gray">
                        {t(`registry:history.field.${f}`, { defaultValue: f })}
                      </Badge>
                    ))}
                  </Group>
                )}
              </Stack>
            </Timeline.Item>
          );
        })}
      </Timeline>
      {history.data.total > history.data.pageSize && (
        <Group justify="center" mt="md">
          <Pagination
            size="sm"
            total={Math.ceil(history.data.total / history.data.pageSize)}
            value={page}
            onChange={setPage}
          />
        </Group>
      )}
    </Card>
  );
}
