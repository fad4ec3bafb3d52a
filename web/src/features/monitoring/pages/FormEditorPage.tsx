import { Alert, Button, Card, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QUESTION_TYPES, type Question, type QuestionType } from '#core/domain/monitoring';
import { formatDateTime } from '#core/format';
import { PageHeader } from '#web/components/PageHeader';
import { ErrorState, LoadingState } from '#web/components/States';
import { ApiError } from '#web/lib/api';
import { focusFirstInvalid } from '#web/lib/form';
import { currentLocale } from '#web/lib/i18n';
import { QuestionEditor } from '../components/QuestionEditor';
import { useCurrentForm, useFormVersions, useSaveFormVersion } from '../hooks/queries';

const blank = (type: QuestionType, key: string): Question => {
  const base = { key, label: { id: '', en: '' } };
  if (type === 'choice' || type === 'multi_choice') return { ...base, type, options: [] };
  return { ...base, type } as Question;
};

/** Admins edit the visit form; saving makes a new version, and old visits keep theirs. */
export function FormEditorPage() {
  const { t } = useTranslation();
  const current = useCurrentForm();
  const versions = useFormVersions();
  const save = useSaveFormVersion();
  const [questions, setQuestions] = useState<Question[] | null>(null);
  const [title, setTitle] = useState({ id: '', en: '' });
  const [newType, setNewType] = useState<string | null>('text');
  const [newKey, setNewKey] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const locale = currentLocale();

  useEffect(() => {
    if (current.data && questions === null) {
      setQuestions(current.data.questions as Question[]);
      setTitle(current.data.title);
    }
  }, [current.data, questions]);

  if (current.isPending || !questions) return <LoadingState />;
  if (current.error) return <ErrorState error={current.error} onRetry={() => void current.refetch()} />;

  const update = (i: number, q: Question) => setQuestions(questions.map((x, j) => (j === i ? q : x)));
  const move = (i: number, delta: -1 | 1) => {
    const next = [...questions];
    [next[i], next[i + delta]] = [next[i + delta], next[i]];
    setQuestions(next);
  };
  const add = () => {
    if (!newType || !/^[a-zA-Z][a-zA-Z0-9_]{0,39}$/.test(newKey))
      return setErrors({ newKey: t('monitoring:form.keyFormat') });
    if (questions.some((q) => q.key === newKey))
      return setErrors({ newKey: t('monitoring:form.duplicateKey', { key: newKey }) });
    setQuestions([...questions, blank(newType as QuestionType, newKey)]);
    setNewKey('');
    setErrors({});
  };
  const submit = () => {
    setMessage(null);
    save.mutate(
      { title, questions: questions as never, basedOnVersion: current.data.version },
      {
        onSuccess: (form) => {
          setErrors({});
          setQuestions(form.questions as Question[]);
          notifications.show({
            color: 'teal',
            message: t('monitoring:ui.editor.saved', { version: form.version }),
          });
        },
        onError: (e) => {
          if (e instanceof ApiError) {
            setErrors(e.fields);
            focusFirstInvalid();
            const loose = Object.entries(e.fields).filter(([p]) => !/^questions\.\d+\./.test(p));
            setMessage(loose.map(([, m]) => m).join(' ') || e.message);
          } else setMessage(t('errors:unexpected'));
        },
      },
    );
  };

  return (
    <>
      <PageHeader
        title={t('monitoring:ui.editor.title')}
        description={t('monitoring:ui.editor.description', { version: current.data.version })}
        actions={
          <Button onClick={submit} loading={save.isPending}>
            {t('monitoring:ui.editor.save')}
          </Button>
        }
      />
      {message && (
        <Alert color="red" mb="md">
          {message}
        </Alert>
      )}
      <Card p="sm" mb="md">
        <Group grow wrap="wrap">
          <TextInput
            label={t('monitoring:ui.editor.titleId')}
            value={title.id}
            onChange={(e) => setTitle({ ...title, id: e.currentTarget.value })}
            miw={200}
          />
          <TextInput
            label={t('monitoring:ui.editor.titleEn')}
            value={title.en}
            onChange={(e) => setTitle({ ...title, en: e.currentTarget.value })}
            miw={200}
          />
        </Group>
      </Card>
      <Stack gap="sm" mb="md">
        {questions.map((q, i) => (
          <QuestionEditor
            key={q.key}
            question={q}
            index={i}
            count={questions.length}
            earlier={questions.slice(0, i)}
            errors={errors}
            onChange={(next) => update(i, next)}
            onMove={(d) => move(i, d)}
            onRemove={() => setQuestions(questions.filter((_, j) => j !== i))}
          />
        ))}
      </Stack>
      <Card p="sm" mb="md">
        <Group align="flex-end" wrap="wrap">
          <Select
            label={t('monitoring:ui.editor.newType')}
            data={QUESTION_TYPES.map((v) => ({ value: v, label: t(`monitoring:ui.editor.type.${v}`) }))}
            value={newType}
            onChange={setNewType}
            w={180}
          />
          <TextInput
            label={t('monitoring:ui.editor.newKey')}
            value={newKey}
            onChange={(e) => setNewKey(e.currentTarget.value)}
            error={errors.newKey}
            w={200}
          />
          <Button variant="light" leftSection={<IconPlus size={16} />} onClick={add}>
            {t('monitoring:ui.editor.add')}
          </Button>
        </Group>
      </Card>
      {versions.data && (
        <Card p="sm">
          <Text fw={600} mb="xs">
            {t('monitoring:ui.editor.versions')}
          </Text>
          {versions.data.items.map((v) => (
            <Text key={v.id} size="sm">
              v{v.version} · {v.title[locale]} · {formatDateTime(v.createdAt, locale)} · {v.createdBy ?? '–'}
            </Text>
          ))}
        </Card>
      )}
    </>
  );
}
