import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  Stack,
  Table,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_FOLLOWUP_OFFSETS } from '#core/domain/training';
import { PageHeader } from '#web/components/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '#web/components/States';
import { applyApiErrors, focusFirstInvalid } from '#web/lib/form';
import { usePrograms, useSaveProgram } from '../hooks/queries';

type Program = { id: string; name: string; description: string | null; followupOffsets: number[] };

/** Training programs: a name and the follow-up months every event of the program schedules. */
export function ProgramsPage() {
  const { t } = useTranslation();
  const programs = usePrograms();
  const [editing, setEditing] = useState<Program | 'new' | null>(null);
  const add = <Button onClick={() => setEditing('new')}>{t('training:programs.new')}</Button>;
  return (
    <>
      <PageHeader
        title={t('training:programs.title')}
        description={t('training:programs.description')}
        actions={add}
      />
      {programs.isPending ? (
        <LoadingState />
      ) : programs.isError ? (
        <ErrorState error={programs.error} onRetry={() => programs.refetch()} />
      ) : programs.data.items.length === 0 ? (
        <EmptyState title={t('training:programs.empty')} action={add} />
      ) : (
        <Table.ScrollContainer minWidth={320}>
          <Table verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('training:programs.name')}</Table.Th>
                <Table.Th>{t('training:programs.offsets')}</Table.Th>
                <Table.Th>{t('training:programs.events')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {programs.data.items.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {p.name}
                    </Text>
                    {p.description && (
                      <Text size="xs" c="dimmed" lineClamp={2}>
                        {p.description}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {p.followupOffsets.map((m) => (
                        <Badge key={m} variant="light">
                          {t('training:followups.months', { count: m })}
                        </Badge>
                      ))}
                    </Group>
                  </Table.Td>
                  <Table.Td>{p.eventCount}</Table.Td>
                  <Table.Td>
                    <Button size="compact-sm" variant="subtle" onClick={() => setEditing(p)}>
                      {t('common:action.edit')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? t('training:programs.new') : t('training:programs.edit')}
      >
        {editing !== null && (
          <ProgramForm
            key={editing === 'new' ? 'new' : editing.id}
            program={editing === 'new' ? null : editing}
            onDone={() => setEditing(null)}
          />
        )}
      </Modal>
    </>
  );
}

export function ProgramForm({ program, onDone }: { program: Program | null; onDone: () => void }) {
  const { t } = useTranslation();
  const save = useSaveProgram(program?.id);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      name: program?.name ?? '',
      description: program?.description ?? '',
      followupOffsets: (program?.followupOffsets ?? DEFAULT_FOLLOWUP_OFFSETS).map(String),
    },
  });
  const submit = form.onSubmit((v) => {
    setFormError(null);
    save.mutate(
      {
        name: v.name,
        description: v.description,
        followupOffsets: v.followupOffsets.map((m) => Number(m)),
      },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('common:state.saved') });
          onDone();
        },
        onError: (error) => {
          const message = applyApiErrors(error, {
            // An offset's error (followupOffsets.2) belongs to the one field.
            setErrors: (errors) =>
              form.setErrors(
                Object.fromEntries(
                  Object.entries(errors).map(([k, m]) => [
                    k.replace(/^followupOffsets\.\d+$/, 'followupOffsets'),
                    m,
                  ]),
                ),
              ),
          });
          setFormError(message);
        },
      },
    );
  }, focusFirstInvalid);
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput label={t('training:programs.name')} required {...form.getInputProps('name')} />
        <Textarea
          label={t('training:programs.descriptionField')}
          autosize
          minRows={2}
          {...form.getInputProps('description')}
        />
        <TagsInput
          label={t('training:programs.offsets')}
          description={t('training:programs.offsetsHint')}
          data={['1', '2', '3', '6', '9', '12', '18', '24']}
          {...form.getInputProps('followupOffsets')}
          onChange={(values) =>
            form.setFieldValue(
              'followupOffsets',
              values.filter((v) => /^\d{1,2}$/.test(v.trim())).map((v) => v.trim()),
            )
          }
        />
        {formError && <Alert color="red">{formError}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common:action.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('common:action.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
