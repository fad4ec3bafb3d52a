import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DEFECT_IDS } from '#core/domain/electroforming/defects';
import { ToolHeader } from '../components/CalculatorShell';
import { DefectGuide } from '../components/records/DefectGuide';

/** Every defect of electroforming.md with its likely causes and fixes, to read before a batch goes wrong. */
export function DefectsPage() {
  const { t } = useTranslation();
  return (
    <Stack maw={760} gap="md">
      <ToolHeader
        title={t('electroforming:ui.tools.defects.title')}
        description={t('electroforming:ui.defects.description')}
      />
      <DefectGuide defects={DEFECT_IDS} collapsed />
    </Stack>
  );
}
