import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconScale } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Batch } from '#core/schemas/electroforming';
import { useCalibrate } from '#web/features/electroforming/hooks/records';
import { formatFigure } from '#web/features/electroforming/lib/format';
import { R } from '#web/features/electroforming/lib/labels';
import { type NumberValue, toNumber } from '#web/features/electroforming/lib/numbers';
import { currentLocale } from '#web/lib/i18n';
import { BigFigure } from '../BigFigure';
import { CalcWarnings } from '../CalcWarnings';
import { NumberField } from '../NumberField';
import { WorkingSteps } from '../WorkingSteps';

/** Weighed copper → the bath's real cathode efficiency, and a button to use it for the bath. */
export function CalibrationPanel({ batch, canWrite }: { batch: Batch; canWrite: boolean }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const calibrate = useCalibrate(batch.id, batch.bathId);
  const piecesMass = batch.pieces.every((p) => p.measuredMassG !== null)
    ? batch.pieces.reduce((s, p) => s + (p.measuredMassG ?? 0), 0)
    : null;
  const [mass, setMass] = useState<NumberValue>(batch.measuredMassG ?? piecesMass ?? '');
  const [failure, setFailure] = useState<string | null>(null);
  if (batch.status !== 'finishing' && batch.status !== 'done') return null;
  const result = batch.calibration;

  const run = async (applyToBath: boolean) => {
    setFailure(null);
    try {
      const m = toNumber(mass);
      await calibrate.mutateAsync({ ...(m === undefined ? {} : { measuredMassG: m }), applyToBath });
      if (applyToBath) notifications.show({ color: 'teal', message: t(`${R}.calibration.applied`) });
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <Card p="md">
      <Group gap="xs" mb="xs" wrap="nowrap">
        <IconScale size={20} />
        <Title order={4}>{t(`${R}.calibration.title`)}</Title>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {t(`${R}.calibration.hint`)}
      </Text>
      <Stack gap="sm">
        {canWrite && (
          <>
            <NumberField
              label={t(`${R}.calibration.mass`)}
              unit="g"
              value={mass}
              onChange={setMass}
              data-testid="calibration-mass"
            />
            <Button
              variant="light"
              onClick={() => void run(false)}
              loading={calibrate.isPending}
              data-testid="calibration-run"
            >
              {t(`${R}.calibration.run`)}
            </Button>
          </>
        )}
        {failure && <Alert color="red">{failure}</Alert>}
        {result && (
          <>
            <BigFigure
              label={t(`${R}.calibration.result`)}
              value={formatFigure(result.efficiency, locale, 3)}
              hint={t(`${R}.calibration.compare`, {
                measured: formatFigure(result.measuredMassG, locale),
                theory: formatFigure(result.theoreticalMassG, locale),
                bath: formatFigure(batch.plan.efficiency, locale, 3),
              })}
              testId="calibration-efficiency"
            />
            <CalcWarnings warnings={result.warnings} />
            {result.appliedToBath ? (
              <Alert color="teal">{t(`${R}.calibration.applied`)}</Alert>
            ) : (
              canWrite &&
              result.efficiency > 0 &&
              result.efficiency <= 1 && (
                <Button
                  onClick={() => void run(true)}
                  loading={calibrate.isPending}
                  data-testid="calibration-apply"
                >
                  {t(`${R}.calibration.apply`)}
                </Button>
              )
            )}
            <WorkingSteps steps={result.working} />
          </>
        )}
      </Stack>
    </Card>
  );
}
