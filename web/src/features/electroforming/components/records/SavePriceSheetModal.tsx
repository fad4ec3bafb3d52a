import { Alert, Modal, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreatePriceSheetBody } from '#core/schemas/electroforming';
import { FormActions } from '#web/components/FormActions';
import { useCreatePriceSheet } from '#web/features/electroforming/hooks/records';
import { R } from '#web/features/electroforming/lib/labels';
import { ApiError } from '#web/lib/api';
import { focusFirstInvalid } from '#web/lib/form';

type Source =
  | Omit<Extract<CreatePriceSheetBody, { source: 'batch' }>, 'name' | 'productRef'>
  | Omit<Extract<CreatePriceSheetBody, { source: 'manual' }>, 'name' | 'productRef'>;

/** Names the costing and keeps it as a price sheet for a product. */
export function SavePriceSheetModal({
  source,
  defaultName,
  onClose,
}: {
  source: Source;
  defaultName: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const create = useCreatePriceSheet();
  const [name, setName] = useState(defaultName);
  const [productRef, setProductRef] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const save = async () => {
    setErrors({});
    setFailure(null);
    try {
      await create.mutateAsync({
        ...source,
        name,
        ...(productRef.trim() ? { productRef: productRef.trim() } : {}),
      } as CreatePriceSheetBody);
      notifications.show({ color: 'teal', message: t(`${R}.sheets.saved`) });
      onClose();
    } catch (error) {
      if (error instanceof ApiError && Object.keys(error.fields).length > 0) {
        setErrors(error.fields);
        focusFirstInvalid();
        const other = Object.entries(error.fields).filter(([k]) => k !== 'name' && k !== 'productRef');
        if (other.length > 0) setFailure(other.map(([, m]) => m).join(' '));
      } else setFailure(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <Modal opened onClose={onClose} title={t(`${R}.sheets.saveTitle`)}>
      <Stack>
        <TextInput
          size="md"
          label={t(`${R}.sheets.name`)}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={errors.name}
          data-testid="sheet-name"
        />
        <TextInput
          size="md"
          label={t(`${R}.sheets.productRef`)}
          description={t(`${R}.sheets.productRefHint`)}
          value={productRef}
          onChange={(e) => setProductRef(e.currentTarget.value)}
          error={errors.productRef}
        />
        {failure && <Alert color="red">{failure}</Alert>}
        <FormActions
          onCancel={onClose}
          onSave={() => void save()}
          saving={create.isPending}
          testId="sheet-save"
        />
      </Stack>
    </Modal>
  );
}
