import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatPhone } from '#core/domain/registry';
import type { BusinessOwner } from '../shared/types';
import { RevealNik } from './RevealNik';

/** Name, masked NIK (revealable by admins) and contact of one owner. */
export function OwnerSummary({ owner, canReveal }: { owner: BusinessOwner; canReveal: boolean }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2} style={{ minWidth: 0 }} data-testid="owner-summary">
      <Text size="sm" fw={600}>
        {owner.erased ? t('registry-record:owners.erased_name') : owner.name}
      </Text>
      {owner.nikMasked && (
        <Group gap={6} wrap="nowrap">
          <Text size="xs" c="dimmed">
            {t('registry:field.nik')}
          </Text>
          <RevealNik ownerId={owner.id} masked={owner.nikMasked} canReveal={canReveal} />
        </Group>
      )}
      {owner.phone && (
        <Text size="sm" c="dimmed">
          {formatPhone(owner.phone)}
        </Text>
      )}
    </Stack>
  );
}
