import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NeedPriority, NeedStatus } from '#core/domain/needs';
import { PRIORITY_COLOR, STATUS_COLOR } from '../labels';

export function NeedStatusBadge({ status }: { status: NeedStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOR[status]} variant="light">
      {t(`needs:status.${status}`)}
    </Badge>
  );
}

export function PriorityBadge({ priority }: { priority: NeedPriority }) {
  const { t } = useTranslation();
  return (
    <Badge color={PRIORITY_COLOR[priority]} variant="dot">
      {t(`needs:priority.${priority}`)}
    </Badge>
  );
}
