import { Badge, Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconPencil, IconShieldCheck, IconTrash, IconUserCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { registryApi } from '#core/api/registry';
import { formatPhone } from '#core/domain/registry';
import { formatDate, formatDateTime } from '#core/format';
import { useCan } from '#web/app/session';
import { EmptyState, LoadingState } from '#web/components/States';
import { call } from '#web/lib/client';
import { saveJson } from '#web/lib/files';
import { currentLocale } from '#web/lib/i18n';
import { useOwner } from '../hooks/businesses';
import { enumLabel } from '../shared/options';
import type { Business, BusinessOwner } from '../shared/types';
import { EraseOwnerModal } from './EraseOwnerModal';
import { Field } from './Fields';
import { LinkAccountModal } from './LinkAccountModal';
import { OwnerEditModal } from './OwnerEditModal';
import { RevealNik } from './RevealNik';

function OwnerCard({ owner, business }: { owner: BusinessOwner; business: Business }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const detail = useOwner(owner.id);
  const [dialog, setDialog] = useState<'erase' | 'account' | 'edit' | null>(null);
  const [exporting, setExporting] = useState(false);
  // The UU PDP tools (export, erasure) and account links, as the server's policies grant them.
  const personalData = useCan('registry.personal_data');
  const manageAccounts = useCan('users.manage');
  const consent = detail.data?.consent;

  const exportData = async () => {
    setExporting(true);
    try {
      const data = await call(registryApi.exportOwner, { params: { id: owner.id } });
      saveJson(data, `data-pribadi-${owner.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.json`);
    } catch (error) {
      notifications.show({ color: 'red', message: (error as Error).message });
    } finally {
      setExporting(false);
    }
  };

  return (
    <Card data-testid="owner-card">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text fw={600}>{owner.erased ? t('registry-record:owners.erased_name') : owner.name}</Text>
          <Group gap={4}>
            {owner.isPrimary && <Badge variant="light">{t('registry-record:owners.primary')}</Badge>}
            {owner.hasAccount && (
              <Badge variant="light" color="teal" leftSection={<IconUserCheck size={12} />}>
                {t('registry-record:owners.has_account')}
              </Badge>
            )}
            {owner.erased && <Badge color="gray">{t('registry-record:owners.erased')}</Badge>}
          </Group>
        </Group>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="md" verticalSpacing="xs">
          <Field label={t('registry:field.nik')}>
            {owner.nikMasked ? (
              <Stack gap={0}>
                <RevealNik
                  ownerId={owner.id}
                  masked={owner.nikMasked}
                  canReveal={business.permissions.revealNik}
                />
                {owner.nikOutsideHome && (
                  <Text size="xs" c="orange.8">
                    {t('registry-record:nik.outside_home')}
                  </Text>
                )}
              </Stack>
            ) : null}
          </Field>
          <Field label={t('registry:field.gender')}>{enumLabel(t, 'gender', owner.gender)}</Field>
          <Field label={t('registry:field.birth_date')} testId="owner-birth-date">
            {owner.birthDate ? formatDate(owner.birthDate, locale) : null}
          </Field>
          <Field label={t('registry:field.birth_year')}>{owner.birthYear ?? null}</Field>
          <Field label={t('registry:field.phone')}>{owner.phone ? formatPhone(owner.phone) : null}</Field>
          <Field label={t('registry:field.email')}>{owner.email}</Field>
          <Field label={t('registry:field.education')}>{enumLabel(t, 'education', owner.education)}</Field>
        </SimpleGrid>
        <Group gap={6} wrap="nowrap" align="flex-start">
          <IconShieldCheck size={16} style={{ flexShrink: 0, marginTop: 2 }} />
          <Text size="sm" c="dimmed">
            {detail.isPending
              ? t('common:state.loading')
              : consent
                ? t('registry-record:owners.consent_given', {
                    version: consent.noticeVersion,
                    at: formatDateTime(consent.at, locale),
                  })
                : t('registry-record:owners.consent_missing')}
          </Text>
        </Group>
        {(business.permissions.manageOwners || personalData || manageAccounts) && !owner.erased && (
          <Group gap="xs">
            {business.permissions.manageOwners && detail.data && (
              <Button
                size="xs"
                variant="light"
                leftSection={<IconPencil size={14} />}
                onClick={() => setDialog('edit')}
              >
                {t('common:action.edit')}
              </Button>
            )}
            {manageAccounts && !owner.hasAccount && (
              <Button
                size="xs"
                variant="light"
                leftSection={<IconUserCheck size={14} />}
                onClick={() => setDialog('account')}
              >
                {t('registry-record:owners.link_account')}
              </Button>
            )}
            {personalData && (
              <Button
                size="xs"
                variant="default"
                leftSection={<IconDownload size={14} />}
                loading={exporting}
                onClick={() => void exportData()}
              >
                {t('registry-record:owners.export')}
              </Button>
            )}
            {personalData && (
              <Button
                size="xs"
                variant="subtle"
                color="red"
                leftSection={<IconTrash size={14} />}
                onClick={() => setDialog('erase')}
              >
                {t('registry-record:owners.erase')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
      {dialog === 'erase' && (
        <EraseOwnerModal owner={owner} businessId={business.id} onClose={() => setDialog(null)} />
      )}
      {dialog === 'edit' && detail.data && (
        <OwnerEditModal owner={detail.data} businessId={business.id} onClose={() => setDialog(null)} />
      )}
      {dialog === 'account' && (
        <LinkAccountModal owner={owner} businessId={business.id} onClose={() => setDialog(null)} />
      )}
    </Card>
  );
}

/** Owners of the business: personal data masked, consent on record, and the admin's UU PDP tools. */
export function OwnersTab({ business }: { business: Business }) {
  const { t } = useTranslation();
  if (!business) return <LoadingState />;
  if (business.owners.length === 0) return <EmptyState title={t('registry-record:owners.none')} />;
  return (
    <Stack>
      {business.owners.map((o) => (
        <OwnerCard key={o.id} owner={o} business={business} />
      ))}
    </Stack>
  );
}
