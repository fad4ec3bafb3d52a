import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { enumLabel } from '../shared/options';

const EXPORT_COLORS: Record<string, string> = { aktif: 'green', pernah: 'yellow', belum: 'gray' };

export function ExportBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  if (status === 'belum') return null;
  return (
    <Badge size="sm" variant="light" color={EXPORT_COLORS[status] ?? 'gray'}>
      {t('registry:export_badge', { status: enumLabel(t, 'export_status', status) })}
    </Badge>
  );
}
