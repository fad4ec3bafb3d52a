import { Alert, Button, FileButton, Group, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trainingApi } from '#core/api/training';
import { formatNumber } from '#core/format';
import type { TrainingEvent } from '#core/schemas/training';
import { useDisabledReason } from '#web/components/DisabledReason';
import { NumberText } from '#web/components/NumberText';
import { ErrorState, LoadingState } from '#web/components/States';
import { ApiError } from '#web/lib/api';
import { upload } from '#web/lib/client';
import { currentLocale } from '#web/lib/i18n';
import { useAssessments, useSaveScores } from '../hooks/queries';

type Edits = Record<string, { pre?: number | null; post?: number | null }>;

/** A cleared box clears the score; text the box could not read (it says why) changes nothing. */
const num = (v: string | number) => (typeof v === 'number' ? v : v.trim() === '' ? null : undefined);

export function ScoresTab({ event }: { event: TrainingEvent }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const scores = useAssessments(event.id);
  const save = useSaveScores(event.id);
  const client = useQueryClient();
  const [edits, setEdits] = useState<Edits>({});
  const saveWhy = useDisabledReason(Object.keys(edits).length === 0 && t('training:scores.saveWhy'));
  const [error, setError] = useState<string | null>(null);
  if (scores.isPending) return <LoadingState />;
  if (scores.isError) return <ErrorState error={scores.error} />;
  const s = scores.data.summary;
  const fmt = (v: number | null, digits = 1) => (v === null ? '—' : formatNumber(v, locale, digits));
  const fail = (e: unknown) =>
    setError(e instanceof ApiError ? (Object.values(e.fields)[0] ?? e.message) : String(e));
  const importFile = async (file: File | null) => {
    if (!file) return;
    const form = new FormData();
    form.append('file', file);
    try {
      const r = await upload(trainingApi.importAssessments, { params: { id: event.id }, form });
      notifications.show({ color: 'green', message: t('training:scores.imported', { count: r.updated }) });
      await client.invalidateQueries({ queryKey: ['training', 'event', event.id] });
      setError(null);
    } catch (e) {
      fail(e);
    }
  };
  return (
    <Stack>
      <Group gap="lg">
        <Text size="sm">
          {t('training:scores.preMean')}: <b>{fmt(s.preMean)}</b>
        </Text>
        <Text size="sm">
          {t('training:scores.postMean')}: <b>{fmt(s.postMean)}</b>
        </Text>
        <Text size="sm">
          {t('training:scores.gain')}: <b>{fmt(s.gainMean)}</b>
        </Text>
        <Text size="sm">
          {t('training:scores.normalized')}: <b>{fmt(s.normalizedGain, 2)}</b>
        </Text>
      </Group>
      <Group>
        <Button
          disabled={saveWhy.disabled}
          aria-describedby={saveWhy.describedBy}
          loading={save.isPending}
          onClick={() =>
            save.mutate(
              { items: Object.entries(edits).map(([registrationId, v]) => ({ registrationId, ...v })) },
              {
                onSuccess: () => {
                  setEdits({});
                  setError(null);
                },
                onError: fail,
              },
            )
          }
        >
          {t('common:action.save')}
        </Button>
        <FileButton onChange={(f) => void importFile(f)} accept=".xlsx">
          {(props) => (
            <Button variant="light" {...props}>
              {t('training:scores.import')}
            </Button>
          )}
        </FileButton>
      </Group>
      {saveWhy.note}
      {error && <Alert color="red">{error}</Alert>}
      <Table.ScrollContainer minWidth={420}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('training:export.name')}</Table.Th>
              <Table.Th>Pre</Table.Th>
              <Table.Th>Post</Table.Th>
              <Table.Th>{t('training:scores.gain')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {scores.data.items.map((r) => (
              <Table.Tr key={r.registrationId}>
                <Table.Td>
                  <Text size="sm">{r.name}</Text>
                  <Text size="xs" c="dimmed">
                    {r.code}
                  </Text>
                </Table.Td>
                {(['pre', 'post'] as const).map((k) => (
                  <Table.Td key={k} w={110}>
                    <NumberText
                      size="xs"
                      aria-label={`${k} ${r.name}`}
                      value={edits[r.registrationId]?.[k] ?? r[k] ?? ''}
                      onChange={(v) =>
                        setEdits((e) => ({
                          ...e,
                          [r.registrationId]: { ...e[r.registrationId], [k]: num(v) },
                        }))
                      }
                    />
                  </Table.Td>
                ))}
                <Table.Td>{fmt(r.gain)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
