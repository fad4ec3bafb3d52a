import { Button, Checkbox, Group, Paper, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconCamera, IconPhoto, IconRuler2, IconSquare } from '@tabler/icons-react';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '#web/components/States';
import { currentLocale } from '#web/lib/i18n';
import { AREA_MODES, type AreaMode, type AreaOutcome, type AreaState } from '../lib/area';
import { formatFigure } from '../lib/format';
import { CalcWarnings } from './CalcWarnings';
import { ALIGN_END, NumberField } from './NumberField';

const PhotoAreaModal = lazy(() => import('./photo/PhotoAreaModal'));

const MODE_ICONS = { dims: IconRuler2, cm2: IconSquare, photo: IconCamera } as const;

/**
 * The area of the piece, both faces: typed in cm², from length × width × shape factor, or
 * measured from a photo with a coin.
 */
export function AreaInput({
  state,
  onChange,
  outcome,
  error,
}: {
  state: AreaState;
  onChange: (change: Partial<AreaState>) => void;
  outcome: AreaOutcome;
  /** The calculator's own complaint about the area (too large for the current, …). */
  error?: string;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [photoOpen, setPhotoOpen] = useState(false);
  const ownErrors = Object.keys(outcome.errors).length > 0;
  const areaError = state.mode === 'dims' && ownErrors ? undefined : error;

  return (
    <Stack gap="xs">
      <Text fw={600}>{t('electroforming:ui.area.label')}</Text>
      <SegmentedControl
        fullWidth
        value={state.mode}
        onChange={(mode) => onChange({ mode: mode as AreaMode })}
        aria-label={t('electroforming:ui.area.label')}
        data={AREA_MODES.map((mode) => {
          const Icon = MODE_ICONS[mode];
          return {
            value: mode,
            label: (
              <Group gap={4} wrap="nowrap" justify="center">
                <Icon size={16} />
                <span>{t(`electroforming:ui.area.mode.${mode}`)}</span>
              </Group>
            ),
          };
        })}
        data-testid="area-mode"
      />
      {state.mode === 'cm2' && (
        <>
          <NumberField
            label={
              state.oneFace ? t('electroforming:ui.area.oneFace') : t('electroforming:ui.area.bothFaces')
            }
            unit="cm²"
            value={state.cm2}
            onChange={(cm2) => onChange({ cm2 })}
            error={areaError}
          />
          <Checkbox
            checked={state.oneFace}
            onChange={(e) => onChange({ oneFace: e.currentTarget.checked })}
            label={t('electroforming:ui.area.oneFaceToggle')}
          />
        </>
      )}
      {state.mode === 'dims' && (
        <>
          <SimpleGrid cols={2} spacing="xs" style={ALIGN_END}>
            <NumberField
              label={t('electroforming:ui.area.length')}
              unit="cm"
              value={state.lengthCm}
              onChange={(lengthCm) => onChange({ lengthCm })}
              error={outcome.errors.lengthCm}
            />
            <NumberField
              label={t('electroforming:ui.area.width')}
              unit="cm"
              value={state.widthCm}
              onChange={(widthCm) => onChange({ widthCm })}
              error={outcome.errors.widthCm}
            />
          </SimpleGrid>
          <NumberField
            label={t('electroforming:ui.area.shapeFactor')}
            description={t('electroforming:ui.area.shapeFactorHint')}
            value={state.shapeFactor}
            onChange={(shapeFactor) => onChange({ shapeFactor })}
            error={outcome.errors.shapeFactor}
          />
          <CalcWarnings warnings={outcome.warnings} />
        </>
      )}
      {state.mode === 'photo' && (
        <Paper withBorder p="sm" bg="gray.0">
          <Stack gap="xs">
            {state.photoCm2 === null ? (
              <Text size="sm" c="dimmed">
                {t('electroforming:ui.area.photoNone')}
              </Text>
            ) : (
              <Text size="sm">{t('electroforming:ui.area.photoFrom')}</Text>
            )}
            <Button
              size="md"
              leftSection={<IconPhoto size={18} />}
              variant={state.photoCm2 === null ? 'filled' : 'light'}
              onClick={() => setPhotoOpen(true)}
              data-testid="open-photo-area"
            >
              {state.photoCm2 === null
                ? t('electroforming:ui.area.photoMeasure')
                : t('electroforming:ui.area.photoRemeasure')}
            </Button>
            {areaError && (
              <Text size="sm" c="red">
                {areaError}
              </Text>
            )}
          </Stack>
        </Paper>
      )}
      {outcome.areaCm2 !== undefined && !ownErrors && (
        <Text size="sm" data-testid="area-total">
          {t('electroforming:ui.area.total', {
            value: formatFigure(outcome.areaCm2, locale),
            perFace: formatFigure(outcome.areaCm2 / 2, locale),
          })}
        </Text>
      )}
      {photoOpen && (
        <Suspense fallback={<LoadingState />}>
          <PhotoAreaModal
            opened={photoOpen}
            onClose={() => setPhotoOpen(false)}
            onUse={(cm2) => {
              onChange({ mode: 'photo', photoCm2: cm2 });
              setPhotoOpen(false);
            }}
          />
        </Suspense>
      )}
    </Stack>
  );
}
