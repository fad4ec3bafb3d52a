import { ActionIcon, Button, Card, Group, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ChoiceOption, Question } from '#core/domain/monitoring';
import { NumberText } from '#web/components/NumberText';

type Props = {
  question: Question;
  index: number;
  count: number;
  /** Keys of earlier choice questions (for "show only if"). */
  earlier: Question[];
  errors: Record<string, string>;
  onChange: (q: Question) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
};

/** One question of a form version being edited. */
export function QuestionEditor({
  question: q,
  index,
  count,
  earlier,
  errors,
  onChange,
  onMove,
  onRemove,
}: Props) {
  const { t } = useTranslation();
  const err = (field: string) => errors[`questions.${index}.${field}`];
  const set = (patch: Partial<Question>) => onChange({ ...q, ...patch } as Question);
  const options: ChoiceOption[] = q.type === 'choice' || q.type === 'multi_choice' ? q.options : [];
  const setOptions = (next: ChoiceOption[]) => set({ options: next } as Partial<Question>);
  const target = earlier.find((e) => e.key === q.showIf?.key);
  return (
    <Card withBorder p="sm">
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Text size="sm" fw={600}>
          {index + 1}. {t(`monitoring:ui.editor.type.${q.type}`)} · <code>{q.key}</code>
        </Text>
        <Group gap={4} wrap="nowrap">
          <ActionIcon
            variant="subtle"
            disabled={index === 0}
            title={index === 0 ? t('monitoring:ui.editor.firstAlready') : undefined}
            onClick={() => onMove(-1)}
            aria-label={t('monitoring:ui.editor.up')}
          >
            <IconArrowUp size={16} />
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            disabled={index === count - 1}
            title={index === count - 1 ? t('monitoring:ui.editor.lastAlready') : undefined}
            onClick={() => onMove(1)}
            aria-label={t('monitoring:ui.editor.down')}
          >
            <IconArrowDown size={16} />
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            color="red"
            onClick={onRemove}
            aria-label={t('monitoring:ui.editor.remove')}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      </Group>
      <Stack gap="xs">
        <Group grow wrap="wrap">
          <TextInput
            label={t('monitoring:ui.editor.labelId')}
            value={q.label.id}
            error={err('label.id')}
            onChange={(e) => set({ label: { ...q.label, id: e.currentTarget.value } })}
            miw={200}
          />
          <TextInput
            label={t('monitoring:ui.editor.labelEn')}
            value={q.label.en}
            error={err('label.en')}
            onChange={(e) => set({ label: { ...q.label, en: e.currentTarget.value } })}
            miw={200}
          />
        </Group>
        <Switch
          label={t('monitoring:ui.editor.required')}
          checked={q.required ?? false}
          onChange={(e) => set({ required: e.currentTarget.checked })}
        />
        {(q.type === 'number' || q.type === 'money') && (
          <Group grow>
            <NumberText
              label={t('monitoring:ui.editor.min')}
              value={q.min ?? ''}
              onChange={(v) => set({ min: typeof v === 'number' ? v : undefined })}
              error={err('min')}
            />
            <NumberText
              label={t('monitoring:ui.editor.max')}
              value={q.max ?? ''}
              onChange={(v) => set({ max: typeof v === 'number' ? v : undefined })}
              error={err('max')}
            />
          </Group>
        )}
        {(q.type === 'choice' || q.type === 'multi_choice') && (
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('monitoring:ui.editor.options')}
            </Text>
            {options.map((o, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a choice has no identity while its value is being typed
              <Group key={i} gap={4} wrap="nowrap" align="flex-start">
                <TextInput
                  size="xs"
                  placeholder={t('monitoring:ui.editor.value')}
                  value={o.value}
                  error={err(`options.${i}.value`)}
                  onChange={(e) =>
                    setOptions(options.map((x, j) => (j === i ? { ...x, value: e.currentTarget.value } : x)))
                  }
                  w={110}
                />
                <TextInput
                  size="xs"
                  placeholder="ID"
                  value={o.label.id}
                  onChange={(e) =>
                    setOptions(
                      options.map((x, j) =>
                        j === i ? { ...x, label: { ...x.label, id: e.currentTarget.value } } : x,
                      ),
                    )
                  }
                  style={{ flex: 1 }}
                />
                <TextInput
                  size="xs"
                  placeholder="EN"
                  value={o.label.en}
                  onChange={(e) =>
                    setOptions(
                      options.map((x, j) =>
                        j === i ? { ...x, label: { ...x.label, en: e.currentTarget.value } } : x,
                      ),
                    )
                  }
                  style={{ flex: 1 }}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  onClick={() => setOptions(options.filter((_, j) => j !== i))}
                  aria-label={t('monitoring:ui.editor.remove')}
                >
                  <IconTrash size={14} />
                </ActionIcon>
              </Group>
            ))}
            {err('options') && (
              <Text size="xs" c="red">
                {err('options')}
              </Text>
            )}
            <Button
              size="xs"
              variant="subtle"
              w="fit-content"
              leftSection={<IconPlus size={14} />}
              onClick={() => setOptions([...options, { value: '', label: { id: '', en: '' } }])}
            >
              {t('monitoring:ui.editor.addOption')}
            </Button>
          </Stack>
        )}
        <Group grow wrap="wrap">
          <Select
            clearable
            label={t('monitoring:ui.editor.showIf')}
            data={earlier
              .filter((e) => e.type === 'choice' || e.type === 'multi_choice')
              .map((e) => ({ value: e.key, label: e.key }))}
            value={q.showIf?.key ?? null}
            error={err('showIf.key') ?? err('showIf')}
            onChange={(key) => set({ showIf: key ? { key, equals: '' } : undefined })}
            miw={160}
          />
          {q.showIf && target && (target.type === 'choice' || target.type === 'multi_choice') && (
            <Select
              label={t('monitoring:ui.editor.equals')}
              data={target.options.map((o) => ({ value: o.value, label: o.value }))}
              value={'equals' in q.showIf ? q.showIf.equals : (q.showIf.anyOf[0] ?? null)}
              onChange={(v) => set({ showIf: { key: q.showIf!.key, equals: v ?? '' } })}
              miw={160}
            />
          )}
        </Group>
      </Stack>
    </Card>
  );
}
