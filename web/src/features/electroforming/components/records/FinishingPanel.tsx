import {
  ActionIcon,
  Alert,
  Button,
  Card,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconSparkles, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatRupiah } from '#core/format';
import type { Batch, FINISHING_KINDS } from '#core/schemas/electroforming';
import { useBatchAction } from '#web/features/electroforming/hooks/records';
import { todayIso } from '#web/features/electroforming/lib/dates';
import { ENUMS, options, R } from '#web/features/electroforming/lib/labels';
import { type NumberValue, toNumber } from '#web/features/electroforming/lib/numbers';
import { ApiError } from '#web/lib/api';
import { focusFirstInvalid } from '#web/lib/form';
import { currentLocale } from '#web/lib/i18n';
import { ALIGN_END, NumberField } from '../NumberField';

type Kind = (typeof FINISHING_KINDS)[number];

/** After plating: neutralize, polish, patina, silver/gold plate, lacquer — and what they cost. */
export function FinishingPanel({ batch, canWrite }: { batch: Batch; canWrite: boolean }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const action = useBatchAction(batch.id);
  const open = canWrite && batch.status === 'finishing';
  const [kind, setKind] = useState<Kind>('neutralize');
  const [date, setDate] = useState(todayIso());
  const [cost, setCost] = useState<NumberValue>('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  if (!open && batch.finishing.length === 0) return null;

  const add = async () => {
    setErrors({});
    setFailure(null);
    try {
      await action.mutateAsync({
        type: 'finishing',
        body: {
          kind,
          performedOn: date,
          ...(toNumber(cost) === undefined ? {} : { costIdr: toNumber(cost) }),
          ...(note.trim() ? { note: note.trim() } : {}),
        },
      });
      setCost('');
      setNote('');
    } catch (error) {
      if (error instanceof ApiError && Object.keys(error.fields).length > 0) {
        setErrors(error.fields);
        focusFirstInvalid();
      } else setFailure(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <Card p="md">
      <Group gap="xs" mb="sm" wrap="nowrap">
        <IconSparkles size={20} />
        <Title order={4}>{t(`${R}.finishing.title`)}</Title>
      </Group>
      {batch.finishing.length > 0 && (
        <Stack gap={6} mb="sm" data-testid="finishing-list">
          {batch.finishing.map((s) => (
            <Group key={s.id} justify="space-between" wrap="nowrap" gap="xs">
              <Text size="sm">
                <b>{t(`${R}.enum.finishing.${s.kind}`)}</b> · {formatDate(s.performedOn, locale)}
                {s.costIdr !== null ? ` · ${formatRupiah(s.costIdr)}` : ''}
                {s.note ? ` · ${s.note}` : ''}
              </Text>
              {open && (
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('common:action.delete')}
                  onClick={() => action.mutate({ type: 'deleteFinishing', stepId: s.id })}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              )}
            </Group>
          ))}
        </Stack>
      )}
      {open && (
        <Stack gap="xs">
          <SimpleGrid cols={2} spacing="xs" style={ALIGN_END}>
            <Select
              size="md"
              label={t(`${R}.finishing.kind`)}
              allowDeselect={false}
              value={kind}
              onChange={(v) => setKind((v ?? 'neutralize') as Kind)}
              data={options(ENUMS.finishing, 'finishing', t)}
              data-testid="finishing-kind"
            />
            <TextInput
              size="md"
              type="date"
              label={t(`${R}.maintenance.date`)}
              value={date}
              onChange={(e) => setDate(e.currentTarget.value)}
              error={errors.performedOn}
            />
          </SimpleGrid>
          <NumberField
            label={t(`${R}.finishing.cost`)}
            money
            value={cost}
            onChange={setCost}
            error={errors.costIdr}
          />
          <TextInput
            size="md"
            label={t(`${R}.notes`)}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
          {failure && <Alert color="red">{failure}</Alert>}
          <Button
            variant="light"
            onClick={() => void add()}
            loading={action.isPending}
            data-testid="finishing-add"
          >
            {t(`${R}.finishing.add`)}
          </Button>
        </Stack>
      )}
    </Card>
  );
}
