import { Alert, Modal, Select, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateNeedBody } from '#core/schemas/needs';
import { FormActions } from '#web/components/FormActions';
import { focusFirstInvalid, zodValidate } from '#web/lib/form';
import { currentLocale } from '#web/lib/i18n';
import { useCreateNeed } from '../hooks/queries';
import { categoryOptions, priorityOptions } from '../labels';
import { refusalMessage } from './refusal';

type Values = { category: string; priority: string; description: string };

const toBody = (businessId: string, v: Values) => ({
  businessId,
  category: v.category || undefined,
  priority: v.priority || undefined,
  description: v.description,
});

/** Records a need of one business (from its profile page). */
export function NeedFormModal({
  businessId,
  opened,
  onClose,
}: {
  businessId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const create = useCreateNeed();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: { category: '', priority: 'medium', description: '' },
    validate: (values) => zodValidate(CreateNeedBody)(toBody(businessId, values)),
  });
  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    try {
      await create.mutateAsync(CreateNeedBody.parse(toBody(businessId, values)));
      notifications.show({ color: 'green', message: t('common:state.saved') });
      form.reset();
      onClose();
    } catch (error) {
      setFailure(refusalMessage(error, form, ['category', 'priority', 'description']));
    }
  }, focusFirstInvalid);

  return (
    <Modal opened={opened} onClose={onClose} title={t('needs:ui.add')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          {failure && <Alert color="red">{failure}</Alert>}
          <Select
            label={t('fields:category')}
            required
            searchable
            data={categoryOptions(currentLocale())}
            {...form.getInputProps('category')}
          />
          <Select
            label={t('fields:priority')}
            required
            allowDeselect={false}
            data={priorityOptions()}
            {...form.getInputProps('priority')}
          />
          <Textarea
            label={t('fields:description')}
            required
            autosize
            minRows={3}
            {...form.getInputProps('description')}
          />
          <FormActions onCancel={onClose} saving={create.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
