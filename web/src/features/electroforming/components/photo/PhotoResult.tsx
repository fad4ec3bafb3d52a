import { Alert, Badge, Group, Stack } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PhotoAreaResult } from '#core/domain/photo-area/types';
import { useCalculation } from '#web/features/electroforming/hooks/use-calculation';
import { formatFigure } from '#web/features/electroforming/lib/format';
import { currentLocale } from '#web/lib/i18n';
import { BigFigure } from '../BigFigure';
import { WorkingSteps } from '../WorkingSteps';

const CONFIDENCE_COLOR = { high: 'teal', medium: 'yellow', low: 'red' } as const;

export function PhotoWarnings({ result }: { result: PhotoAreaResult }) {
  const { t } = useTranslation();
  if (result.warnings.length === 0) return null;
  return (
    <Stack gap="xs" data-testid="photo-warnings">
      {result.warnings.map((w) => (
        <Alert key={w} color="yellow" icon={<IconAlertTriangle />} p="sm">
          {t(`photo-area:${w}`)}
        </Alert>
      ))}
    </Stack>
  );
}

/** The measured area (both faces), how sure the tool is, and the working from pixels to cm². */
export function PhotoResult({ result, coinDiameterMm }: { result: PhotoAreaResult; coinDiameterMm: number }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const objectPixels = result.objects.reduce((sum, o) => sum + o.pixelArea, 0);
  const { result: explained } = useCalculation({
    kind: 'photoArea',
    objectPixels,
    coinPixels: result.coin?.pixelArea ?? 0,
    coinDiameterMm,
    faces: 2,
  });
  const area = result.objectAreaCm2BothFaces;
  return (
    <Stack gap="sm">
      {area !== null && (
        <BigFigure
          label={t('photo-area:tool.result')}
          value={formatFigure(area, locale)}
          unit="cm²"
          testId="photo-area-result"
          hint={
            <Group gap="xs" component="span" wrap="wrap">
              <span>{t('photo-area:tool.perFace', { value: formatFigure(area / 2, locale) })}</span>
              <Badge color={CONFIDENCE_COLOR[result.confidence]} variant="light" component="span">
                {t(`photo-area:tool.confidence.${result.confidence}`)}
              </Badge>
            </Group>
          }
        />
      )}
      <PhotoWarnings result={result} />
      {explained && <WorkingSteps steps={explained.working} />}
    </Stack>
  );
}
