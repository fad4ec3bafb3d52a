import { Alert, Button, Card, Group, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isShown, type Question, validateAnswers } from '#core/domain/monitoring';
import { officeDate } from '#core/time';
import { focusFirstInvalid } from '#web/lib/form';
import { currentLocale } from '#web/lib/i18n';
import { type PhotoValue, QuestionField } from './QuestionField';

export type FormValues = Record<string, unknown>;

/** Answers as the API takes them: stored photos by id, new ones as data URLs. */
export function toAnswers(questions: readonly Question[], values: FormValues): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const q of questions) {
    const v = values[q.key];
    if (v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    if (!isShown(q, values as never)) continue;
    out[q.key] =
      q.type === 'photo' ? (v as PhotoValue[]).map((p) => ('id' in p ? { id: p.id } : { data: p.data })) : v;
  }
  return out;
}

/** A previous visit's answers as a starting point: photos and location belong to that visit only. */
export function copyableAnswers(
  questions: readonly Question[],
  answers: Record<string, unknown>,
): FormValues {
  return Object.fromEntries(
    questions
      .filter((q) => q.type !== 'photo' && q.type !== 'location' && answers[q.key] !== undefined)
      .map((q) => [q.key, answers[q.key]]),
  );
}

type Props = {
  questions: readonly Question[];
  initial: FormValues;
  initialVisitedOn: string;
  /** Field path → message from a server refusal (answers.<key>, visitedAt). */
  serverErrors?: Record<string, string>;
  submitLabel: string;
  busy?: boolean;
  onSubmit: (answers: Record<string, unknown>, visitedOn: string) => void;
  onCancel?: () => void;
};

/** The visit questionnaire, checked on the phone with the same rules the server applies. */
export function VisitForm({
  questions,
  initial,
  initialVisitedOn,
  serverErrors = {},
  submitLabel,
  busy,
  onSubmit,
  onCancel,
}: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState<FormValues>(initial);
  const [visitedOn, setVisitedOn] = useState(initialVisitedOn);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const locale = currentLocale();
  const shown = questions.filter((q) => isShown(q, values as never));
  const errorOf = (key: string) => errors[key] ?? serverErrors[`answers.${key}`];

  const submit = () => {
    const answers = toAnswers(questions, values);
    const today = officeDate();
    const { issues } = validateAnswers(questions, answers, today);
    const found: Record<string, string> = {};
    for (const i of issues) {
      const q = questions.find((x) => x.key === i.key);
      found[i.key] = t(i.message, { ...i.params, question: q?.label[locale] ?? i.key });
    }
    if (!visitedOn || visitedOn > today) found.visitedOn = t('monitoring:visit.future');
    setErrors(found);
    if (Object.keys(found).length === 0) onSubmit(answers, visitedOn);
    else focusFirstInvalid();
  };

  return (
    <Stack gap="md">
      <Card p="md">
        <TextInput
          type="date"
          label={t('monitoring:ui.form.visitedOn')}
          value={visitedOn}
          max={officeDate()}
          onChange={(e) => setVisitedOn(e.currentTarget.value)}
          error={errors.visitedOn ?? serverErrors.visitedAt}
          required
        />
      </Card>
      {shown.map((q) => (
        <Card key={q.key} p="md">
          <QuestionField
            question={q}
            value={values[q.key]}
            error={errorOf(q.key)}
            onChange={(v) => {
              setValues((prev) => ({ ...prev, [q.key]: v }));
              setErrors(({ [q.key]: _dropped, ...rest }) => rest);
            }}
          />
        </Card>
      ))}
      {Object.keys(errors).length > 0 && <Alert color="red">{t('monitoring:ui.form.fixErrors')}</Alert>}
      <Group justify="flex-end" pb="xl">
        {onCancel && (
          <Button variant="default" onClick={onCancel}>
            {t('common:action.cancel')}
          </Button>
        )}
        <Button onClick={submit} loading={busy}>
          {submitLabel}
        </Button>
      </Group>
    </Stack>
  );
}
