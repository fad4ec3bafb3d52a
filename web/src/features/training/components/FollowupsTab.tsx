import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '#core/format';
import type { TrainingEvent } from '#core/schemas/training';
import { startOfOfficeDay } from '#core/time';
import { EmptyState, ErrorState, LoadingState } from '#web/components/States';
import { currentLocale } from '#web/lib/i18n';
import { useFollowups } from '../hooks/queries';

export function FollowupsTab({ event }: { event: TrainingEvent }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const list = useFollowups(event.id);
  if (list.isPending) return <LoadingState />;
  if (list.isError) return <ErrorState error={list.error} />;
  if (list.data.items.length === 0)
    return (
      <EmptyState title={t('training:followups.empty')}>
        {t('training:followups.hint', { offsets: event.followupOffsets.join(', ') })}
      </EmptyState>
    );
  return (
    <Table.ScrollContainer minWidth={420}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('training:export.name')}</Table.Th>
            <Table.Th>{t('training:followups.offset')}</Table.Th>
            <Table.Th>{t('training:followups.due')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.data.items.map((f) => (
            <Table.Tr key={f.id}>
              <Table.Td>
                <Text size="sm">{f.name}</Text>
                <Text size="xs" c="dimmed">
                  {f.businessName ?? '—'}
                </Text>
              </Table.Td>
              <Table.Td>{t('training:followups.months', { count: f.offsetMonths })}</Table.Td>
              <Table.Td>{formatDate(startOfOfficeDay(f.dueDate), locale)}</Table.Td>
              <Table.Td>
                {f.fulfilledAt && (
                  <Badge color="teal" variant="light">
                    {t('training:followups.done')}
                  </Badge>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
