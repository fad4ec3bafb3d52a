import {
  ActionIcon,
  Alert,
  Button,
  Card,
  Group,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconGauge, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '#core/format';
import type { Batch } from '#core/schemas/electroforming';
import { useBatchAction } from '#web/features/electroforming/hooks/records';
import { fromLocalInput, toLocalInput } from '#web/features/electroforming/lib/dates';
import { formatFigure } from '#web/features/electroforming/lib/format';
import { R } from '#web/features/electroforming/lib/labels';
import { type NumberValue, toNumber } from '#web/features/electroforming/lib/numbers';
import { ApiError } from '#web/lib/api';
import { focusFirstInvalid } from '#web/lib/form';
import { currentLocale } from '#web/lib/i18n';
import { ALIGN_END, NumberField } from '../NumberField';

/** What the rectifier shows, noted during the run: it gives the real charge and cost. */
export function ReadingsPanel({ batch, canWrite }: { batch: Batch; canWrite: boolean }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const action = useBatchAction(batch.id);
  const open = batch.status === 'running' || batch.status === 'finishing';
  const planned = batch.plan.steps.at(-1)?.currentA;
  const [currentA, setCurrentA] = useState<NumberValue>(planned ? Number(planned.toPrecision(3)) : '');
  const [volts, setVolts] = useState<NumberValue>('');
  const [temperatureC, setTemperatureC] = useState<NumberValue>('');
  const [at, setAt] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  if (!open && batch.readings.length === 0) return null;

  const add = async () => {
    setErrors({});
    setFailure(null);
    const a = toNumber(currentA);
    if (a === undefined) {
      setErrors({ currentA: t('electroforming:ui.errors.required') });
      focusFirstInvalid();
      return;
    }
    const defaultAt =
      batch.status === 'finishing' && batch.actualStopAt ? batch.actualStopAt : new Date().toISOString();
    try {
      await action.mutateAsync({
        type: 'reading',
        body: {
          at: fromLocalInput(at) ?? defaultAt,
          currentA: a,
          ...(toNumber(volts) === undefined ? {} : { volts: toNumber(volts) }),
          ...(toNumber(temperatureC) === undefined ? {} : { temperatureC: toNumber(temperatureC) }),
        },
      });
      setAt('');
    } catch (error) {
      if (error instanceof ApiError && Object.keys(error.fields).length > 0) {
        setErrors(error.fields);
        focusFirstInvalid();
      } else setFailure(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <Card p="md">
      <Group gap="xs" mb="xs" wrap="nowrap">
        <IconGauge size={20} />
        <Title order={4}>{t(`${R}.readings.title`)}</Title>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {t(`${R}.readings.hint`)}
      </Text>
      {canWrite && open && (
        <Stack gap="xs" mb="md">
          <SimpleGrid cols={3} spacing="xs" style={ALIGN_END}>
            <NumberField
              label={t('electroforming:ui.fields.current')}
              unit="A"
              value={currentA}
              onChange={setCurrentA}
              error={errors.currentA}
              data-testid="reading-current"
            />
            <NumberField
              label={t(`${R}.readings.volts`)}
              unit="V"
              value={volts}
              onChange={setVolts}
              error={errors.volts}
            />
            <NumberField
              label={t(`${R}.readings.temperature`)}
              unit="°C"
              value={temperatureC}
              onChange={setTemperatureC}
              error={errors.temperatureC}
            />
          </SimpleGrid>
          <TextInput
            type="datetime-local"
            size="md"
            label={t(`${R}.readings.at`)}
            description={t(`${R}.readings.atHint`)}
            value={at}
            placeholder={toLocalInput(new Date())}
            onChange={(e) => setAt(e.currentTarget.value)}
            error={errors.at}
            data-testid="reading-at"
          />
          {failure && <Alert color="red">{failure}</Alert>}
          <Button size="md" onClick={() => void add()} loading={action.isPending} data-testid="reading-add">
            {t(`${R}.readings.add`)}
          </Button>
        </Stack>
      )}
      {batch.readings.length > 0 && (
        <Table.ScrollContainer minWidth={300}>
          <Table fz="sm" verticalSpacing={4} data-testid="readings">
            <Table.Tbody>
              {batch.readings.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>{formatDateTime(r.at, locale)}</Table.Td>
                  <Table.Td ta="right" fw={700} style={{ whiteSpace: 'nowrap' }}>
                    {formatFigure(r.currentA, locale)} A
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {r.volts === null ? '' : `${formatFigure(r.volts, locale)} V`}
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {r.temperatureC === null ? '' : `${formatFigure(r.temperatureC, locale)} °C`}
                  </Table.Td>
                  <Table.Td w={40}>
                    {canWrite && open && (
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('common:action.delete')}
                        onClick={() => action.mutate({ type: 'deleteReading', readingId: r.id })}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {batch.actualChargeAh !== null && (
        <Text size="sm" mt="xs">
          {t(`${R}.readings.charge`, {
            actual: formatFigure(batch.actualChargeAh, locale),
            planned: formatFigure(batch.plan.chargeAh, locale),
          })}
        </Text>
      )}
    </Card>
  );
}
