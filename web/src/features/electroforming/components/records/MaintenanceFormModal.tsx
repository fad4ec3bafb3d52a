import {
  ActionIcon,
  Alert,
  Button,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AMOUNT_UNITS, CreateMaintenanceBody, type MAINTENANCE_KINDS } from '#core/schemas/electroforming';
import { FormActions } from '#web/components/FormActions';
import { useAddMaintenance } from '#web/features/electroforming/hooks/records';
import { todayIso } from '#web/features/electroforming/lib/dates';
import { ENUMS, options, R } from '#web/features/electroforming/lib/labels';
import { type NumberValue, toNumber } from '#web/features/electroforming/lib/numbers';
import { applyApiErrors, focusFirstInvalid, zodValidate } from '#web/lib/form';
import { ALIGN_END, NumberField } from '../NumberField';

type Addition = { chemical: string; amount: NumberValue; unit: string };
type Values = {
  kind: (typeof MAINTENANCE_KINDS)[number];
  performedOn: string;
  analysis: {
    copperSulfateGL: NumberValue;
    sulfuricAcidGL: NumberValue;
    chloridePpm: NumberValue;
    temperatureC: NumberValue;
  };
  additions: Addition[];
  note: string;
};

const ANALYSIS_UNITS = {
  copperSulfateGL: 'g/L',
  sulfuricAcidGL: 'g/L',
  chloridePpm: 'ppm',
  temperatureC: '°C',
};

function toBody(v: Values) {
  const analysis = Object.fromEntries(
    Object.entries(v.analysis)
      .map(([k, x]) => [k, toNumber(x)])
      .filter(([, x]) => x !== undefined),
  );
  return {
    kind: v.kind,
    performedOn: v.performedOn,
    ...(v.kind === 'analysis' ? { analysis } : {}),
    additions:
      v.kind === 'addition'
        ? v.additions.map((a) => ({ chemical: a.chemical, amount: toNumber(a.amount), unit: a.unit }))
        : [],
    ...(v.note.trim() ? { note: v.note.trim() } : {}),
  };
}

/** One entry of a bath's maintenance log: an analysis, chemicals added, filtering … */
export function MaintenanceFormModal({ bathId, onClose }: { bathId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const add = useAddMaintenance(bathId);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: {
      kind: 'analysis',
      performedOn: todayIso(),
      analysis: { copperSulfateGL: '', sulfuricAcidGL: '', chloridePpm: '', temperatureC: '' },
      additions: [{ chemical: 'copperSulfate', amount: '', unit: 'g' }],
      note: '',
    },
    validate: (values) => zodValidate(CreateMaintenanceBody)(toBody(values)),
  });
  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    try {
      await add.mutateAsync(toBody(values) as CreateMaintenanceBody);
      notifications.show({ color: 'teal', message: t('common:state.saved') });
      onClose();
    } catch (error) {
      setFailure(applyApiErrors(error, form));
    }
  }, focusFirstInvalid);
  const kind = form.values.kind;
  return (
    <Modal
      opened
      onClose={onClose}
      title={t(`${R}.maintenance.add`)}
      size="lg"
      fullScreen={window.innerWidth < 600}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          {failure && <Alert color="red">{failure}</Alert>}
          <Select
            size="md"
            label={t(`${R}.maintenance.kind`)}
            allowDeselect={false}
            data={options(ENUMS.maintenanceKind, 'maintenanceKind', t)}
            {...form.getInputProps('kind')}
          />
          <TextInput
            size="md"
            type="date"
            label={t(`${R}.maintenance.date`)}
            {...form.getInputProps('performedOn')}
          />
          {kind === 'analysis' && (
            <>
              <SimpleGrid cols={2} spacing="xs" style={ALIGN_END}>
                {(Object.keys(ANALYSIS_UNITS) as (keyof typeof ANALYSIS_UNITS)[]).map((k) => (
                  <NumberField
                    key={k}
                    label={t(`${R}.bathForm.composition.${k}`)}
                    unit={ANALYSIS_UNITS[k]}
                    {...form.getInputProps(`analysis.${k}`)}
                  />
                ))}
              </SimpleGrid>
              {form.errors.analysis && <Alert color="red">{form.errors.analysis}</Alert>}
            </>
          )}
          {kind === 'addition' && (
            <Stack gap="xs">
              {form.values.additions.map((_, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity beyond their order.
                <Group key={i} gap="xs" align="flex-end" wrap="nowrap">
                  <Select
                    style={{ flex: 2, minWidth: 0 }}
                    label={t(`${R}.maintenance.chemical`)}
                    allowDeselect={false}
                    data={options(ENUMS.chemical, 'chemical', t)}
                    {...form.getInputProps(`additions.${i}.chemical`)}
                  />
                  <NumberField
                    style={{ flex: 1, minWidth: 0 }}
                    size="sm"
                    label={t(`${R}.maintenance.amount`)}
                    {...form.getInputProps(`additions.${i}.amount`)}
                  />
                  <Select
                    w={72}
                    allowDeselect={false}
                    aria-label={t(`${R}.maintenance.unit`)}
                    data={[...AMOUNT_UNITS]}
                    {...form.getInputProps(`additions.${i}.unit`)}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    size="lg"
                    mb={2}
                    disabled={form.values.additions.length === 1}
                    title={form.values.additions.length === 1 ? t(`${R}.maintenance.keepOne`) : undefined}
                    aria-label={t('common:action.delete')}
                    onClick={() => form.removeListItem('additions', i)}
                  >
                    <IconTrash size={18} />
                  </ActionIcon>
                </Group>
              ))}
              {form.errors.additions && <Alert color="red">{form.errors.additions}</Alert>}
              <Button
                variant="light"
                leftSection={<IconPlus size={16} />}
                onClick={() =>
                  form.insertListItem('additions', { chemical: 'sulfuricAcid', amount: '', unit: 'mL' })
                }
              >
                {t(`${R}.maintenance.addChemical`)}
              </Button>
            </Stack>
          )}
          <Textarea label={t(`${R}.notes`)} autosize minRows={2} {...form.getInputProps('note')} />
          <FormActions onCancel={onClose} saving={add.isPending} testId="maintenance-save" />
        </Stack>
      </form>
    </Modal>
  );
}
