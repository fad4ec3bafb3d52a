import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const PRODUCT_COLORS = { draft: 'gray', submitted: 'orange', published: 'green' } as const;
const INQUIRY_COLORS = {
  new: 'blue',
  replied: 'cyan',
  quoted: 'orange',
  won: 'green',
  lost: 'gray',
} as const;

export function ProductStatusBadge({ status }: { status: keyof typeof PRODUCT_COLORS }) {
  const { t } = useTranslation();
  return (
    <Badge color={PRODUCT_COLORS[status]} variant="light">
      {t(`catalog:ui.status.${status}`)}
    </Badge>
  );
}

export function InquiryStatusBadge({ status }: { status: keyof typeof INQUIRY_COLORS }) {
  const { t } = useTranslation();
  return (
    <Badge color={INQUIRY_COLORS[status]} variant="light">
      {t(`catalog:ui.inquiryStatus.${status}`)}
    </Badge>
  );
}
