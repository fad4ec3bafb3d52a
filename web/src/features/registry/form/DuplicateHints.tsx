import { Alert, Anchor, Badge, Group, Loader, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { normalizeNikInput } from '#core/domain/registry';
import { useDuplicates } from '../hooks/businesses';
import type { DuplicatesQuery } from '../shared/types';

type Input = {
  name: string;
  nib: string;
  nik: string;
  villageCode: string | null;
  districtCode: string | null;
  excludeId?: string;
};

/** The lookup only runs on input worth asking about: 3+ letters of a name, a full NIB or NIK. */
function toQuery(i: Input): DuplicatesQuery | null {
  const name = i.name.trim();
  const nib = i.nib.replace(/\D/g, '');
  const nik = normalizeNikInput(i.nik);
  const q: DuplicatesQuery = {
    name: name.length >= 3 ? name : undefined,
    nib: nib.length === 13 ? nib : undefined,
    nik: /^\d{16}$/.test(nik) ? nik : undefined,
    villageCode: i.villageCode ?? undefined,
    districtCode: i.districtCode ?? undefined,
    excludeId: i.excludeId,
    limit: 5,
  };
  return q.name || q.nib || q.nik ? q : null;
}

/**
 * Search before create: while the name (and NIB, NIK, kelurahan) are typed, records that are
 * probably the same IKM are shown with why, so the officer opens the existing one instead.
 */
export function DuplicateHints(input: Input) {
  const { t } = useTranslation();
  const [debounced] = useDebouncedValue(input, 400);
  const query = toQuery(debounced);
  const duplicates = useDuplicates(query);
  const items = query ? (duplicates.data?.items ?? []) : [];
  const elsewhere = query ? duplicates.data?.elsewhere : undefined;
  if (items.length === 0 && !elsewhere?.count)
    return duplicates.isFetching && query ? (
      <Group gap={6}>
        <Loader size="xs" />
        <Text size="xs" c="dimmed">
          {t('registry-record:duplicates.checking')}
        </Text>
      </Group>
    ) : null;
  return (
    <Alert
      color="orange"
      icon={<IconCopy size={18} />}
      title={t('registry-record:duplicates.title')}
      data-testid="duplicate-hints"
    >
      <Stack gap="xs">
        {items.length > 0 && <Text size="sm">{t('registry-record:duplicates.intro')}</Text>}
        {elsewhere && elsewhere.count > 0 && (
          <Text size="sm" data-testid="duplicate-elsewhere">
            {t('registry-record:duplicates.elsewhere', {
              count: elsewhere.count,
              reasons: elsewhere.reasons
                .map((r) =>
                  t(`registry-record:duplicates.reason.${r}`, { percent: '' }).replace(/\s*\(%\)/, ''),
                )
                .join(', '),
            })}
          </Text>
        )}
        {items.map((d) => (
          <Stack key={d.id} gap={2} data-testid="duplicate-candidate">
            <Group gap={6} wrap="wrap">
              {d.inScope ? (
                <Anchor component={Link} to={`/registry/${d.id}`} fw={600} size="sm">
                  {d.name}
                </Anchor>
              ) : (
                <Text fw={600} size="sm">
                  {d.name}
                </Text>
              )}
              {d.reasons.map((r) => (
                <Badge key={r} size="xs" color={r === 'similar_name' ? 'yellow' : 'red'} variant="light">
                  {t(`registry-record:duplicates.reason.${r}`, { percent: Math.round(d.similarity * 100) })}
                </Badge>
              ))}
            </Group>
            <Text size="xs" c="dimmed">
              {[d.villageName, d.districtName].filter(Boolean).join(', ')}
              {d.ownerNames.length > 0 && ` · ${d.ownerNames.join(', ')}`}
              {!d.inScope && ` · ${t('registry-record:duplicates.out_of_scope')}`}
            </Text>
            {d.inScope && (
              <Anchor component={Link} to={`/registry/${d.id}`} size="xs">
                {t('registry-record:duplicates.open')}
              </Anchor>
            )}
          </Stack>
        ))}
      </Stack>
    </Alert>
  );
}
