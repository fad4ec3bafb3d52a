import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * The footer of a form: cancel, then save (busy while the save runs). Save submits the form,
 * or calls `onSave` for forms that are not a `<form>`.
 */
export function FormActions({
  onCancel,
  onSave,
  saving,
  testId,
}: {
  onCancel: () => void;
  onSave?: () => void;
  saving: boolean;
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {t('common:action.cancel')}
      </Button>
      <Button type={onSave ? 'button' : 'submit'} onClick={onSave} loading={saving} data-testid={testId}>
        {t('common:action.save')}
      </Button>
    </Group>
  );
}
