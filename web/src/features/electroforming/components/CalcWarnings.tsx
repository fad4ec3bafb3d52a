import { Alert, Stack } from '@mantine/core';
import { IconAlertTriangle, IconFlame } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Warning } from '#core/domain/electroforming/windows';
import { translateMessage } from '../lib/messages';

const SEVERE = new Set(['currentDensityVeryHigh', 'currentDensityHigh', 'efficiencyAboveOne']);

/** Practical-window warnings: the plan is allowed, but the maker should know the risk. */
export function CalcWarnings({ warnings }: { warnings: readonly Warning[] }) {
  const { t, i18n } = useTranslation();
  if (warnings.length === 0) return null;
  return (
    <Stack gap="xs" data-testid="calc-warnings">
      {warnings.map((w) => (
        <Alert
          key={`${w.code}-${w.field}`}
          color={SEVERE.has(w.code) ? 'red' : 'yellow'}
          icon={SEVERE.has(w.code) ? <IconFlame /> : <IconAlertTriangle />}
          title={t('electroforming:ui.warningTitle')}
          role="status"
        >
          {translateMessage(i18n, w.key, w.params)}
        </Alert>
      ))}
    </Stack>
  );
}
