import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Snapshot } from '../shared/types';

type Cell = 'workers' | 'turnover' | 'investment' | 'output' | 'capacity';

/**
 * The stored figures behind what one cell shows: the yearly turnover may be the monthly one
 * × 12, the output is a quantity or else a value.
 */
export function cellFields(s: Snapshot, cell: Cell): (keyof Snapshot)[] {
  switch (cell) {
    case 'workers':
      return ['workersTotal', 'workersMale', 'workersFemale'];
    case 'turnover':
      return s.turnoverYearlyIdr !== null ? ['turnoverYearlyIdr'] : ['turnoverMonthlyIdr'];
    case 'investment':
      return ['investmentIdr'];
    case 'output':
      return s.outputQuantity !== null ? ['outputQuantity'] : ['outputValueIdr'];
    case 'capacity':
      return ['capacity'];
  }
}

/** True when a figure the cell shows was recorded as an approximation ("± 250", "3–5"). */
export function isEstimate(s: Snapshot, cell: Cell): boolean {
  return cellFields(s, cell).some((f) => s[f] !== null && s.estimatedFields.includes(f));
}

/** A small "perkiraan" / "estimate" mark after a figure recorded as an approximation. */
export function EstimateBadge({ snapshot, cell }: { snapshot: Snapshot; cell: Cell }) {
  const { t } = useTranslation();
  if (!isEstimate(snapshot, cell)) return null;
  return (
    <Tooltip
      label={t('registry-record:snapshot.estimate_hint')}
      multiline
      w={260}
      events={{ hover: true, focus: true, touch: true }}
    >
      <Badge
        size="xs"
        variant="outline"
        color="yellow.8"
        ml={6}
        tt="none"
        style={{ verticalAlign: 'middle' }}
        data-testid={`estimate-${cell}`}
      >
        {t('registry-record:snapshot.estimate')}
      </Badge>
    </Tooltip>
  );
}
