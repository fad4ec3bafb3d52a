import { Alert, Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCopy } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import type { Question } from '#core/domain/monitoring';
import { formatDate } from '#core/format';
import { officeDate } from '#core/time';
import { useSignedInUser } from '#web/app/session';
import { PageHeader } from '#web/components/PageHeader';
import { ErrorState, LoadingState } from '#web/components/States';
import { currentLocale } from '#web/lib/i18n';
import type { OutboxItem } from '#web/lib/outbox';
import { newClientId } from '#web/lib/outbox/id';
import { loadOutbox } from '#web/lib/outbox/load';
import { copyableAnswers, type FormValues, VisitForm } from '../components/VisitForm';
import { useCurrentForm, useFormVersion, useMyBusinesses } from '../hooks/queries';
import { queueNewVisit, type VisitCreateItem, visitedAtFor } from '../lib/visit-outbox';

/**
 * Records a visit on the phone: saved to the outbox at once (works with no signal), sent when
 * the network allows. Opened with `?fix=<outbox item>` it corrects a visit the server refused.
 */
export function RecordVisitPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const user = useSignedInUser();
  const { businessId = '' } = useParams();
  const [search] = useSearchParams();
  const fixId = search.get('fix');
  const [fixing, setFixing] = useState<OutboxItem<VisitCreateItem> | null | undefined>(
    fixId ? undefined : null,
  );
  const current = useCurrentForm();
  const fixVersion = fixing?.payload.body.formVersion;
  const pinned = useFormVersion(fixVersion);
  const form = fixing ? pinned : current;
  const businesses = useMyBusinesses('');
  const [start, setStart] = useState<{ values: FormValues; key: number }>({ values: {}, key: 0 });
  const [saving, setSaving] = useState(false);
  const locale = currentLocale();

  useEffect(() => {
    if (!fixId) return;
    void loadOutbox()
      .then((box) => box.db.items.get(fixId))
      // The outbox could not load (its chunk, IndexedDB): nothing to correct, a new visit instead.
      .catch(() => undefined)
      .then((item) => {
        const found = item?.userId === user.id ? (item as OutboxItem<VisitCreateItem>) : null;
        setFixing(found);
        if (found) setStart({ values: found.payload.body.answers as FormValues, key: 1 });
      });
  }, [fixId, user.id]);

  if (form.isPending || businesses.isPending || fixing === undefined) return <LoadingState />;
  if (form.error) return <ErrorState error={form.error} onRetry={() => void form.refetch()} />;
  const business = businesses.data?.items.find((b) => b.businessId === businessId);
  const name = business?.name ?? fixing?.payload.label.businessName;
  if (!name) return <ErrorState error={new Error(t('monitoring:ui.record.unknownBusiness'))} />;
  const questions = form.data.questions as Question[];
  const last = business?.lastVisit;

  const save = async (answers: Record<string, unknown>, day: string) => {
    setSaving(true);
    try {
      if (fixing) {
        await (await loadOutbox()).update<VisitCreateItem>(fixing.id, {
          ...fixing.payload,
          body: { ...fixing.payload.body, answers, visitedAt: visitedAtFor(day) },
        });
      } else {
        await queueNewVisit({
          body: {
            id: newClientId(),
            businessId,
            visitedAt: visitedAtFor(day),
            formVersion: form.data.version,
            answers,
          },
          label: { businessId, businessName: name },
        });
      }
      notifications.show({ color: 'teal', message: t('monitoring:ui.record.queued') });
      navigate('/field');
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <PageHeader title={name} description={t('monitoring:ui.record.title')} />
      {fixing?.lastError && (
        <Alert color="red" mb="md" title={t('monitoring:ui.outbox.refused')}>
          {fixing.lastError.message}
        </Alert>
      )}
      {last && !fixing && (
        <Group mb="md" gap="xs">
          <Button
            variant="light"
            leftSection={<IconCopy size={16} />}
            onClick={() =>
              setStart((s) => ({ values: copyableAnswers(questions, last.answers), key: s.key + 1 }))
            }
          >
            {t('monitoring:ui.record.copyLast')}
          </Button>
          <Text size="sm" c="dimmed">
            {t('monitoring:ui.record.lastOn', { date: formatDate(last.visitedAt, locale) })}
          </Text>
        </Group>
      )}
      <VisitForm
        key={start.key}
        questions={questions}
        initial={start.values}
        initialVisitedOn={fixing ? officeDate(new Date(fixing.payload.body.visitedAt)) : officeDate()}
        serverErrors={fixing?.lastError?.fields}
        submitLabel={t('monitoring:ui.record.save')}
        busy={saving}
        onSubmit={(answers, day) => void save(answers, day)}
        onCancel={() => navigate('/field')}
      />
    </>
  );
}
