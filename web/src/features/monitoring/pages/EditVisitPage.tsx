import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import type { Question } from '#core/domain/monitoring';
import { useSignedInUser } from '#web/app/session';
import { PageHeader } from '#web/components/PageHeader';
import { ErrorState, LoadingState } from '#web/components/States';
import type { OutboxItem } from '#web/lib/outbox';
import { loadOutbox } from '#web/lib/outbox/load';
import { VisitForm } from '../components/VisitForm';
import { useFormVersion, useVisit } from '../hooks/queries';
import { queueVisitEdit, type VisitUpdateItem, visitedAtFor } from '../lib/visit-outbox';

/**
 * Corrects a sent visit: the edit names the version it started from and goes through the
 * outbox; if someone changed the visit meanwhile the server answers with a conflict and the
 * officer chooses which version stays.
 */
export function EditVisitPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const visit = useVisit(id);
  const form = useFormVersion(visit.data?.formVersion);
  const [saving, setSaving] = useState(false);
  const user = useSignedInUser();
  const fixId = useSearchParams()[0].get('fix');
  const [fixing, setFixing] = useState<OutboxItem<VisitUpdateItem> | null | undefined>(
    fixId ? undefined : null,
  );
  useEffect(() => {
    if (!fixId) return;
    void loadOutbox()
      .then((box) => box.db.items.get(fixId))
      // The outbox could not load (its chunk, IndexedDB): the visit as the server has it.
      .catch(() => undefined)
      .then((item) => setFixing(item?.userId === user.id ? (item as OutboxItem<VisitUpdateItem>) : null));
  }, [fixId, user.id]);
  if (visit.isPending || form.isPending || fixing === undefined) return <LoadingState />;
  if (visit.error || form.error)
    return <ErrorState error={visit.error ?? form.error} onRetry={() => void visit.refetch()} />;
  const v = visit.data;
  const save = async (answers: Record<string, unknown>, day: string) => {
    setSaving(true);
    try {
      const item: VisitUpdateItem = {
        visitId: v.id,
        body: {
          version: fixing?.payload.body.version ?? v.version,
          answers,
          ...(day !== v.visitedOn ? { visitedAt: visitedAtFor(day) } : {}),
        },
        label: { businessId: v.businessId, businessName: v.businessName },
      };
      if (fixing) await (await loadOutbox()).update(fixing.id, item);
      else await queueVisitEdit(item);
      notifications.show({ color: 'teal', message: t('monitoring:ui.record.queued') });
      navigate('/field');
    } finally {
      setSaving(false);
    }
  };
  return (
    <>
      <PageHeader
        title={v.businessName}
        description={t('monitoring:ui.edit.title', { version: v.version })}
      />
      <VisitForm
        questions={form.data.questions as Question[]}
        initial={fixing ? (fixing.payload.body.answers as Record<string, unknown>) : v.answers}
        serverErrors={fixing?.lastError?.fields}
        initialVisitedOn={v.visitedOn}
        submitLabel={t('monitoring:ui.record.save')}
        busy={saving}
        onSubmit={(answers, day) => void save(answers, day)}
        onCancel={() => navigate(`/visits/${v.id}`)}
      />
    </>
  );
}
