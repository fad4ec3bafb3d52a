import { SegmentedControl, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NumberValue } from '../lib/numbers';
import { NumberField } from './NumberField';

export type Drive = 'density' | 'current';

/** What the maker sets: a current density (from a manual) or the current on the rectifier. */
export function DriveInput({
  drive,
  onDrive,
  density,
  onDensity,
  current,
  onCurrent,
  errors,
}: {
  drive: Drive;
  onDrive: (drive: Drive) => void;
  density: NumberValue;
  onDensity: (v: NumberValue) => void;
  current: NumberValue;
  onCurrent: (v: NumberValue) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Text fw={600}>{t('electroforming:ui.drive.label')}</Text>
      <SegmentedControl
        fullWidth
        value={drive}
        onChange={(v) => onDrive(v as Drive)}
        aria-label={t('electroforming:ui.drive.label')}
        data={[
          { value: 'density', label: t('electroforming:ui.drive.density') },
          { value: 'current', label: t('electroforming:ui.drive.current') },
        ]}
      />
      {drive === 'density' ? (
        <NumberField
          label={t('electroforming:ui.fields.currentDensity')}
          description={t('electroforming:ui.fields.currentDensityHint')}
          unit="A/dm²"
          value={density}
          onChange={onDensity}
          error={errors.currentDensityAdm2}
        />
      ) : (
        <NumberField
          label={t('electroforming:ui.fields.current')}
          description={t('electroforming:ui.fields.currentHint')}
          unit="A"
          value={current}
          onChange={onCurrent}
          error={errors.currentA}
        />
      )}
    </Stack>
  );
}
