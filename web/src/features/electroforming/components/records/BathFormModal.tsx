import { Alert, Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_BATH, DEFAULT_EFFICIENCY } from '#core/domain/electroforming/constants';
import { type Bath, CreateBathBody, UpdateBathBody, WINDOW_PRESETS } from '#core/schemas/electroforming';
import { FormActions } from '#web/components/FormActions';
import { StaleEditAlert } from '#web/components/StaleEditAlert';
import { useFetchBath, useSaveBath } from '#web/features/electroforming/hooks/records';
import { ENUMS, options, R } from '#web/features/electroforming/lib/labels';
import { type NumberValue, toNumber } from '#web/features/electroforming/lib/numbers';
import { applyApiErrors, focusFirstInvalid, zodValidate } from '#web/lib/form';
import { useStaleEdit } from '#web/lib/stale-edit';
import { ALIGN_END, NumberField } from '../NumberField';

type Values = {
  name: string;
  volumeL: NumberValue;
  composition: {
    copperSulfateGL: NumberValue;
    sulfuricAcidGL: NumberValue;
    chloridePpm: NumberValue;
    temperatureC: NumberValue;
  };
  anodeType: Bath['anodeType'];
  operatingWindowPreset: Bath['operatingWindowPreset'];
  efficiency: NumberValue;
  status: Bath['status'];
  notes: string;
};

function initial(bath: Bath | null): Values {
  const c = bath?.composition;
  return {
    name: bath?.name ?? '',
    volumeL: bath?.volumeL ?? 2,
    composition: {
      copperSulfateGL: c?.copperSulfateGL ?? DEFAULT_BATH.copperSulfateGL,
      sulfuricAcidGL: c?.sulfuricAcidGL ?? DEFAULT_BATH.sulfuricAcidGL,
      chloridePpm: c?.chloridePpm ?? DEFAULT_BATH.chloridePpm,
      temperatureC: c?.temperatureC ?? '',
    },
    anodeType: bath?.anodeType ?? 'phosphorizedCopper',
    operatingWindowPreset: bath?.operatingWindowPreset ?? 'default',
    efficiency: bath?.efficiency ?? DEFAULT_EFFICIENCY,
    status: bath?.status ?? 'active',
    notes: bath?.notes ?? '',
  };
}

function toBody(v: Values, editing: boolean) {
  const temperatureC = toNumber(v.composition.temperatureC);
  return {
    name: v.name,
    volumeL: toNumber(v.volumeL),
    composition: {
      copperSulfateGL: toNumber(v.composition.copperSulfateGL),
      sulfuricAcidGL: toNumber(v.composition.sulfuricAcidGL),
      chloridePpm: toNumber(v.composition.chloridePpm),
      ...(temperatureC === undefined ? (editing ? { temperatureC: null } : {}) : { temperatureC }),
    },
    anodeType: v.anodeType,
    operatingWindowPreset: v.operatingWindowPreset,
    efficiency: toNumber(v.efficiency),
    ...(editing
      ? { status: v.status, notes: v.notes.trim() || null }
      : v.notes.trim()
        ? { notes: v.notes }
        : {}),
  };
}

/**
 * Creates or edits a bath: size, composition at make-up, anodes, window and efficiency. An edit
 * carries the version it was filled from, so it never overwrites someone else's change.
 */
export function BathFormModal({ bath, onClose }: { bath: Bath | null; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveBath();
  const fetchBath = useFetchBath();
  const editing = bath !== null;
  const [failure, setFailure] = useState<string | null>(null);
  const edit = useStaleEdit(
    bath,
    () => fetchBath(bath!.id),
    (fresh) => {
      form.setInitialValues(initial(fresh));
      form.setValues(initial(fresh));
      form.clearErrors();
      setFailure(null);
    },
  );
  const form = useForm<Values>({
    initialValues: initial(bath),
    validate: (values) => zodValidate(editing ? UpdateBathBody : CreateBathBody)(toBody(values, editing)),
  });
  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    try {
      const body = toBody(values, editing) as CreateBathBody;
      await save.mutateAsync({
        id: bath?.id,
        body: edit.base ? { ...body, expectedUpdatedAt: edit.base.updatedAt } : body,
      });
      notifications.show({ color: 'teal', message: t('common:state.saved') });
      onClose();
    } catch (error) {
      if (!edit.catchStale(error)) setFailure(applyApiErrors(error, form));
    }
  }, focusFirstInvalid);
  const num = (path: string, unit?: string) => (
    <NumberField label={t(`${R}.bathForm.${path}`)} unit={unit} {...form.getInputProps(path)} />
  );

  return (
    <Modal
      opened
      onClose={onClose}
      title={editing ? t(`${R}.bathForm.edit`) : t(`${R}.bathForm.create`)}
      size="lg"
      fullScreen={window.innerWidth < 600}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          {edit.stale && (
            <StaleEditAlert
              onReload={() => void edit.reload()}
              reloading={edit.reloading}
              reloadFailed={edit.reloadError !== null}
            />
          )}
          {failure && <Alert color="red">{failure}</Alert>}
          <TextInput
            size="md"
            label={t(`${R}.bathForm.name`)}
            placeholder={t(`${R}.bathForm.namePlaceholder`)}
            required
            {...form.getInputProps('name')}
          />
          {num('volumeL', 'L')}
          <SimpleGrid cols={2} spacing="xs" style={ALIGN_END}>
            {num('composition.copperSulfateGL', 'g/L')}
            {num('composition.sulfuricAcidGL', 'g/L')}
            {num('composition.chloridePpm', 'ppm')}
            {num('composition.temperatureC', '°C')}
          </SimpleGrid>
          <Select
            size="md"
            label={t(`${R}.bathForm.anodeType`)}
            allowDeselect={false}
            data={options(ENUMS.anodeType, 'anodeType', t)}
            {...form.getInputProps('anodeType')}
          />
          <Select
            size="md"
            label={t(`${R}.bathForm.window`)}
            allowDeselect={false}
            data={WINDOW_PRESETS.map((w) => ({ value: w, label: t(`electroforming:windows.${w}`) }))}
            {...form.getInputProps('operatingWindowPreset')}
          />
          <NumberField
            label={t('electroforming:ui.fields.efficiency')}
            description={t('electroforming:ui.fields.efficiencyHint')}
            {...form.getInputProps('efficiency')}
          />
          {editing && (
            <Select
              size="md"
              label={t(`${R}.bathForm.status`)}
              allowDeselect={false}
              data={options(ENUMS.bathStatus, 'bathStatus', t)}
              {...form.getInputProps('status')}
            />
          )}
          <Textarea label={t(`${R}.notes`)} autosize minRows={2} {...form.getInputProps('notes')} />
          <FormActions onCancel={onClose} saving={save.isPending} testId="bath-save" />
        </Stack>
      </form>
    </Modal>
  );
}
