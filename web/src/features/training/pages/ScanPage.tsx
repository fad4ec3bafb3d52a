import {
  Alert,
  Autocomplete,
  Badge,
  Button,
  Card,
  Group,
  SegmentedControl,
  Stack,
  Text,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { normalizeCode } from '#core/domain/training';
import { PageHeader } from '#web/components/PageHeader';
import { ErrorState, LoadingState } from '#web/components/States';
import { newClientId, useOutbox } from '#web/lib/outbox';
import { QrScanner } from '../components/QrScanner';
import { useCheckInEvent, useCheckInList } from '../hooks/queries';
import { isScanItem, queueScan, type ScanItem } from '../lib/scan-outbox';

const STATE_COLOR = { pending: 'yellow', sending: 'blue', sent: 'teal', failed: 'red' } as const;

/**
 * Check-in at the venue: the camera reads the participant's QR (name search when it will not),
 * and each scan goes straight into the phone's outbox, so it counts even without signal.
 */
export function ScanPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const event = useCheckInEvent(id);
  const regs = useCheckInList(id);
  const box = useOutbox();
  const [sessionId, setSessionId] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [scanned, setScanned] = useState<Set<string>>(() => new Set());
  const byCode = useMemo(() => new Map((regs.data?.items ?? []).map((r) => [r.code, r])), [regs.data]);
  if (event.isPending) return <LoadingState />;
  if (event.isError) return <ErrorState error={event.error} />;
  const e = event.data;
  const session = e.sessions.find((s) => s.id === sessionId) ?? e.sessions[0];

  const record = async (raw: string, method: 'qr' | 'search') => {
    const code = normalizeCode(raw);
    const person = byCode.get(code);
    const key = `${session.id}:${code}`;
    if (scanned.has(key)) {
      notifications.show({
        color: 'blue',
        message: t('training:scan.already', { name: person?.name ?? code }),
      });
      return;
    }
    const item: ScanItem = {
      eventId: e.id,
      body: {
        clientId: newClientId(),
        code,
        sessionId: session.id,
        scannedAt: new Date().toISOString(),
        method,
      },
      label: { name: person?.name ?? null, sessionTopic: session.topic },
    };
    await queueScan(item);
    setScanned((s) => new Set(s).add(key));
    notifications.show({
      color: person ? 'teal' : 'orange',
      message: person
        ? t('training:scan.ok', { name: person.name })
        : t('training:scan.unknownLocal', { code }),
    });
  };

  const items = box.items.filter(isScanItem).filter((i) => i.payload.eventId === e.id);
  const options = (regs.data?.items ?? [])
    .filter((r) => r.status === 'registered')
    .map((r) => ({ value: r.code, label: `${r.name} (${r.code})` }));
  return (
    <>
      <PageHeader
        title={t('training:scan.title')}
        description={e.title.id}
        actions={
          <Button variant="default" component={Link} to={`/training/${e.id}`}>
            {t('common:action.back')}
          </Button>
        }
      />
      <Stack maw={560}>
        <SegmentedControl
          fullWidth
          value={session.id}
          onChange={setSessionId}
          data={e.sessions.map((s, i) => ({ value: s.id, label: `${i + 1}. ${s.date.slice(5)} ${s.start}` }))}
        />
        <Text size="sm" c="dimmed">
          {session.topic}
        </Text>
        <QrScanner onCode={(c) => void record(c, 'qr')} />
        <Autocomplete
          label={t('training:scan.search')}
          placeholder={t('training:scan.searchHint')}
          data={options}
          value={search}
          onChange={setSearch}
          onOptionSubmit={(code) => {
            void record(code, 'search');
            setSearch('');
          }}
        />
        <Card withBorder p="sm">
          <Group justify="space-between" mb="xs">
            <Text fw={600} size="sm">
              {t('training:scan.queue', { waiting: box.waiting })}
            </Text>
            {box.waiting > 0 && (
              <Button size="xs" variant="light" onClick={() => void box.drain()}>
                {t('training:scan.sendNow')}
              </Button>
            )}
          </Group>
          {items.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('training:scan.none')}
            </Text>
          )}
          <Stack gap={4}>
            {items.slice(0, 50).map((i) => (
              <Group
                key={i.id}
                justify="space-between"
                wrap="nowrap"
                data-testid="scan-item"
                data-state={i.state}
              >
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Text size="sm" truncate>
                    {i.payload.label.name ?? i.payload.body.code}
                  </Text>
                  {i.lastError && (
                    <Text size="xs" c="red">
                      {Object.values(i.lastError.fields)[0] ?? i.lastError.message}
                    </Text>
                  )}
                </Stack>
                <Group gap={4} wrap="nowrap">
                  <Badge color={STATE_COLOR[i.state]} variant="light">
                    {t(`training:scan.state.${i.state}`)}
                  </Badge>
                  {i.state === 'failed' && (
                    <Button size="compact-xs" variant="subtle" onClick={() => void box.discard(i.id)}>
                      {t('training:scan.discard')}
                    </Button>
                  )}
                </Group>
              </Group>
            ))}
          </Stack>
        </Card>
        {!navigator.onLine && <Alert color="orange">{t('training:scan.offline')}</Alert>}
      </Stack>
    </>
  );
}
