import { Card, Group, Pagination, Stack, Text, Timeline } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '#core/format';
import type { HistoryEntry } from '#core/schemas/registry';
import { EmptyState, ErrorState, LoadingState } from '#web/components/States';
import { currentLocale } from '#web/lib/i18n';
import { useBusinessHistory } from '../hooks/businesses';
import { formatHistoryValue, historyFieldLabel } from './history-values';

/** Whose record an owner's entry is about: the person's name as the entry recorded it. */
function subjectOf(e: HistoryEntry): string | null {
  if (e.entityType !== 'owner') return null;
  const side = (e.after ?? e.before) as { name?: unknown } | null;
  return typeof side?.name === 'string' ? side.name : (e.entityName ?? null);
}

function Changes({ entry }: { entry: HistoryEntry }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  if (entry.changes.length === 0) return null;
  return (
    <Stack gap={2} data-testid="history-changes" aria-label={t('registry-record:history.changes')}>
      {entry.changes.map((c) => (
        <Text key={c.field} size="sm" data-testid={`change-${c.field}`} style={{ overflowWrap: 'anywhere' }}>
          <Text span fw={600}>
            {historyFieldLabel(c.field, t)}:
          </Text>{' '}
          <Text span c="dimmed" td="line-through">
            {formatHistoryValue(c, 'before', t, locale)}
          </Text>{' '}
          <IconArrowRight size={12} aria-hidden style={{ verticalAlign: 'middle' }} />{' '}
          <Text span>{formatHistoryValue(c, 'after', t, locale)}</Text>
        </Text>
      ))}
    </Stack>
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
  if (history.data.items.length === 0) return <EmptyState title={t('registry-record:history.empty')} />;
  return (
    <Card>
      <Timeline bulletSize={14} lineWidth={2} data-testid="history">
        {history.data.items.map((e) => {
          const subject = subjectOf(e);
          return (
            <Timeline.Item
              key={e.id}
              data-testid="history-entry"
              title={
                <Group gap={6}>
                  <Text size="sm" fw={600}>
                    {t(`registry-record:history.action.${e.action.replace(/\./g, '_')}`, {
                      defaultValue: e.action,
                    })}
                    {subject ? ` · ${subject}` : ''}
                  </Text>
                </Group>
              }
            >
              <Stack gap={4}>
                <Text size="xs" c="dimmed">
                  {formatDateTime(e.at, locale)} · {e.actorEmail ?? t('registry-record:history.system')}
                </Text>
                <Changes entry={e} />
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
