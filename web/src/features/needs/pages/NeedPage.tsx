import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Timeline,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { NeedStatus } from '#core/domain/needs';
import { formatDate, formatDateTime, formatRupiah } from '#core/format';
import { useDisabledReason } from '#web/components/DisabledReason';
import { PageHeader } from '#web/components/PageHeader';
import { QueryView } from '#web/components/QueryView';
import { ApiError } from '#web/lib/api';
import { currentLocale } from '#web/lib/i18n';
import { NeedStatusBadge, PriorityBadge } from '../components/Badges';
import { useChangeNeedStatus, useNeed } from '../hooks/queries';
import { categoryLabel } from '../labels';

/** One need: what, where it was seen, its history, the support that answered it, and the status change. */
export function NeedPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const locale = currentLocale();
  const need = useNeed(id);
  const change = useChangeNeedStatus(id ?? '');
  const [next, setNext] = useState<string | null>(null);
  const saveWhy = useDisabledReason(!next && t('needs:ui.changeStatusWhy'));
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);

  const save = async () => {
    if (!next) return;
    setError(null);
    try {
      await change.mutateAsync({ status: next as NeedStatus, note: note.trim() || undefined });
      notifications.show({ color: 'green', message: t('common:state.saved') });
      setNext(null);
      setNote('');
    } catch (e) {
      setError(e instanceof ApiError ? (Object.values(e.fields)[0] ?? e.message) : t('errors:unexpected'));
    }
  };

  return (
    <QueryView query={need}>
      {(n) => (
        <>
          <PageHeader
            title={categoryLabel(n.category, locale)}
            description={
              <Anchor component={Link} to={`/registry/${n.businessId}`}>
                {n.businessName} · {n.districtName ?? n.districtCode}
              </Anchor>
            }
            actions={
              <Group gap="xs">
                <PriorityBadge priority={n.priority} />
                <NeedStatusBadge status={n.status} />
              </Group>
            }
          />
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            <Stack>
              <Card>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {n.description}
                </Text>
                <Text size="xs" c="dimmed" mt="sm">
                  {t('needs:ui.identifiedOn')}: {formatDate(n.identifiedOn, locale)}
                </Text>
              </Card>
              {n.canChange && n.nextStatuses.length > 0 && (
                <Card>
                  <Stack gap="sm">
                    <Text fw={600}>{t('needs:ui.changeStatus')}</Text>
                    {error && <Alert color="red">{error}</Alert>}
                    <Select
                      label={t('fields:status')}
                      data={n.nextStatuses.map((s) => ({ value: s, label: t(`needs:status.${s}`) }))}
                      value={next}
                      onChange={setNext}
                    />
                    <Textarea
                      label={t('fields:note')}
                      autosize
                      minRows={2}
                      value={note}
                      onChange={(e) => setNote(e.currentTarget.value)}
                    />
                    <Stack align="flex-end" gap={4}>
                      <Button
                        onClick={() => void save()}
                        disabled={saveWhy.disabled}
                        aria-describedby={saveWhy.describedBy}
                        loading={change.isPending}
                      >
                        {t('common:action.save')}
                      </Button>
                      {saveWhy.note}
                    </Stack>
                  </Stack>
                </Card>
              )}
              <Card>
                <Text fw={600} mb="xs">
                  {t('needs:ui.evidence')}
                </Text>
                <Stack gap={6}>
                  {n.evidence.map((e) => (
                    <Text size="sm" key={`${e.source}-${e.ref}-${e.observedOn}`}>
                      {formatDate(e.observedOn, locale)} · {t(`needs:evidence.${e.source}`)}
                      {e.visitId && (
                        <>
                          {' · '}
                          <Anchor component={Link} to={`/visits/${e.visitId}`} size="sm">
                            {t('needs:ui.openVisit')}
                          </Anchor>
                        </>
                      )}
                      {e.note && (
                        <Text span size="xs" c="dimmed">
                          {' '}
                          — {e.note}
                        </Text>
                      )}
                    </Text>
                  ))}
                </Stack>
              </Card>
              <Card>
                <Text fw={600} mb="xs">
                  {t('needs:ui.support.title')}
                </Text>
                {n.support.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('needs:ui.support.none')}
                  </Text>
                ) : (
                  n.support.map((s) => (
                    <Text size="sm" key={s.id}>
                      {formatDate(s.date, locale)} · {t(`needs:supportType.${s.type}`)} ·{' '}
                      {formatRupiah(s.valueIdr, locale)} · {s.deliveredBy.name}
                    </Text>
                  ))
                )}
              </Card>
            </Stack>
            <Card>
              <Text fw={600} mb="sm">
                {t('needs:ui.history')}
              </Text>
              <Timeline active={n.history.length - 1} bulletSize={14} lineWidth={2}>
                {n.history.map((h) => (
                  <Timeline.Item key={`${h.at}-${h.toStatus}`} title={t(`needs:status.${h.toStatus}`)}>
                    <Text size="xs" c="dimmed">
                      {formatDateTime(h.at, locale)} · {h.actorName ?? '–'} ·{' '}
                      {t(`needs:changeSource.${h.source}`)}
                    </Text>
                    {h.note && <Text size="sm">{h.note}</Text>}
                  </Timeline.Item>
                ))}
              </Timeline>
            </Card>
          </SimpleGrid>
        </>
      )}
    </QueryView>
  );
}
