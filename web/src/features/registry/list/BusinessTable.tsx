import { Anchor, Badge, Card, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { enumLabel } from '../shared/options';
import type { BusinessListItem } from '../shared/types';
import { ExportBadge } from './badges';

/** Desktop: one row per business, the name links to the profile. */
export function BusinessTable({ items }: { items: BusinessListItem[] }) {
  const { t } = useTranslation();
  return (
    <Card p={0}>
      <Table.ScrollContainer minWidth={760}>
        <Table highlightOnHover verticalSpacing="sm" data-testid="business-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('registry:field.name')}</Table.Th>
              <Table.Th>{t('registry:field.subsector')}</Table.Th>
              <Table.Th>{t('registry:field.location')}</Table.Th>
              <Table.Th>{t('registry:field.owner')}</Table.Th>
              <Table.Th>{t('registry:field.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((b) => (
              <Table.Tr key={b.id}>
                <Table.Td maw={280}>
                  <Anchor component={Link} to={`/registry/${b.id}`} fw={600} size="sm">
                    {b.name}
                  </Anchor>
                  {b.brand && (
                    <Text size="xs" c="dimmed" truncate>
                      {b.brand}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{enumLabel(t, 'subsector', b.subsector)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{b.villageName ?? '–'}</Text>
                  <Text size="xs" c="dimmed">
                    {b.districtName ?? b.districtCode}
                  </Text>
                </Table.Td>
                <Table.Td maw={200}>
                  <Text size="sm" truncate>
                    {b.ownerNames.join(', ') || '–'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    <ExportBadge status={b.exportStatus} />
                    {b.certificationTypes.map((c) => (
                      <Badge key={c} size="sm" variant="outline" color="teal">
                        {enumLabel(t, 'certification', c)}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}
