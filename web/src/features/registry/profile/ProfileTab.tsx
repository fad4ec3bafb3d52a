import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNpwp } from '#core/domain/registry';
import { formatDate, formatDateTime } from '#core/format';
import { currentLocale } from '#web/lib/i18n';
import { enumLabel } from '../shared/options';
import type { Business } from '../shared/types';
import { Field, FieldSection } from './Fields';
import { OwnerSummary } from './OwnerSummary';

const CERT_COLORS: Record<string, string> = {
  valid: 'teal',
  expiring: 'orange',
  expired: 'red',
  no_expiry: 'gray',
};

/** Every field of the IKM record (ikm.md), grouped as office staff think of them. */
export function ProfileTab({ business: b }: { business: Business }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const regionNames = new Intl.DisplayNames([locale], { type: 'region' });
  return (
    <Stack>
      <FieldSection title={t('registry-record:section.identity')}>
        <Field label={t('registry:field.name')}>{b.name}</Field>
        <Field label={t('registry:field.brand')}>{b.brand}</Field>
        <Field label={t('registry:field.legal_form')}>{enumLabel(t, 'legal_form', b.legalForm)}</Field>
        <Field label={t('registry:field.subsector')}>{enumLabel(t, 'subsector', b.subsector)}</Field>
        <Field label={t('registry:field.nib')}>{b.nib}</Field>
        <Field label={t('registry:field.npwp')}>{b.npwp ? formatNpwp(b.npwp) : null}</Field>
        <Field label={t('registry:field.kbli')}>
          {b.kbli.map((k) => `${k.code} (KBLI ${k.version})`).join(', ')}
        </Field>
        <Field label={t('registry:field.year_founded')}>{b.yearFounded ?? null}</Field>
        <Field label={t('registry:field.sentra')}>{b.sentra}</Field>
        <Field label={t('registry:field.products')} testId="business-products">
          {b.products.length > 0 ? (
            <Group gap={4}>
              {b.products.map((p) => (
                <Badge key={p} size="sm" variant="light" color="gray">
                  {p}
                </Badge>
              ))}
            </Group>
          ) : null}
        </Field>
      </FieldSection>

      <FieldSection title={t('registry-record:section.owners')}>
        {b.owners.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('registry-record:owners.none')}
          </Text>
        ) : (
          b.owners.map((o) => <OwnerSummary key={o.id} owner={o} canReveal={b.permissions.revealNik} />)
        )}
      </FieldSection>

      <FieldSection title={t('registry-record:section.location')}>
        <Field label={t('registry:field.address')}>{b.address}</Field>
        <Field label={t('registry:field.kelurahan')}>{b.villageName}</Field>
        <Field label={t('registry:field.kecamatan')}>{b.districtName ?? b.districtCode}</Field>
        <Field label={t('registry:field.coordinates')}>
          {b.lat !== null && b.lng !== null ? (
            <Anchor
              size="sm"
              href={`https://www.openstreetmap.org/?mlat=${b.lat}&mlon=${b.lng}#map=17/${b.lat}/${b.lng}`}
              target="_blank"
              rel="noreferrer"
            >
              {b.lat.toFixed(5)}, {b.lng.toFixed(5)}
            </Anchor>
          ) : null}
        </Field>
      </FieldSection>

      <FieldSection title={t('registry-record:section.market')}>
        <Field label={t('registry:field.export_status')}>
          {enumLabel(t, 'export_status', b.exportStatus)}
        </Field>
        <Field label={t('registry:field.export_countries')}>
          {b.exportCountries.map((c) => regionNames.of(c) ?? c).join(', ')}
        </Field>
        <Field label={t('registry:field.links')}>
          {b.links.length > 0 ? (
            <Stack gap={2}>
              {b.links.map((l) => (
                <Anchor key={l.url} size="sm" href={l.url} target="_blank" rel="noreferrer" truncate>
                  {t(`registry:enum.link.${l.kind}`, { defaultValue: l.kind })}: {l.url}
                </Anchor>
              ))}
            </Stack>
          ) : null}
        </Field>
      </FieldSection>

      <FieldSection title={t('registry-record:section.certifications')}>
        {b.certifications.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('registry-record:certifications.none')}
          </Text>
        ) : (
          b.certifications.map((c) => (
            <Field key={c.id} label={c.label ?? enumLabel(t, 'certification', c.type)}>
              <Group gap={6}>
                <Text size="sm">{c.number ?? '–'}</Text>
                <Badge size="sm" variant="light" color={CERT_COLORS[c.status]}>
                  {c.expiresAt
                    ? t(`registry-record:certifications.status_${c.status}`, {
                        date: formatDate(c.expiresAt, locale),
                      })
                    : t('registry-record:certifications.status_no_expiry')}
                </Badge>
              </Group>
            </Field>
          ))
        )}
      </FieldSection>

      <FieldSection title={t('registry-record:section.record')}>
        <Field label={t('registry:field.source')}>
          {[enumLabel(t, 'source', b.source), b.sourceDetail].filter(Boolean).join(' · ')}
        </Field>
        <Field label={t('registry:field.notes')}>{b.notes}</Field>
        <Field label={t('registry:field.created_at')}>{formatDateTime(b.createdAt, locale)}</Field>
        <Field label={t('registry:field.updated_at')}>{formatDateTime(b.updatedAt, locale)}</Field>
      </FieldSection>
    </Stack>
  );
}
