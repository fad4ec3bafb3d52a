import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { VisitStatus } from '#core/schemas/monitoring';

const COLOR = { submitted: 'blue', approved: 'teal', returned: 'orange' } as const;

export function VisitStatusBadge({ status }: { status: VisitStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOR[status]} variant="light">
      {t(`monitoring:ui.visit.status.${status}`)}
    </Badge>
  );
}
