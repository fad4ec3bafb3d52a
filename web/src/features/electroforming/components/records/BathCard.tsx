import { Badge, Card, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconFlask } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '#core/format';
import type { Bath } from '#core/schemas/electroforming';
import { formatFigure } from '#web/features/electroforming/lib/format';
import { BATH_STATUS_COLOR, PATHS, R } from '#web/features/electroforming/lib/labels';
import { translateMessage } from '#web/features/electroforming/lib/messages';
import { currentLocale } from '#web/lib/i18n';

/** One bath in the list: status, size, composition and whether it is out of its window. */
export function BathCard({ bath, showOwner }: { bath: Bath; showOwner?: boolean }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale();
  const c = bath.composition;
  return (
    <Link to={PATHS.bath(bath.id)} className="ef-card-link" data-testid="bath-card">
      <Card className="hover-lift" p="md" h="100%">
        <Stack gap={6}>
          <Group justify="space-between" wrap="nowrap" gap="xs">
            <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
              <IconFlask size={20} color="var(--mantine-color-copper-7)" />
              <Text fw={700} truncate>
                {bath.name}
              </Text>
            </Group>
            <Badge color={BATH_STATUS_COLOR[bath.status]} variant="light">
              {t(`${R}.enum.bathStatus.${bath.status}`)}
            </Badge>
          </Group>
          {showOwner && (
            <Text size="xs" c="dimmed">
              {bath.ownerName}
            </Text>
          )}
          <Text size="sm">
            {formatFigure(bath.volumeL, locale)} L · CuSO₄ {formatFigure(c.copperSulfateGL, locale)} g/L ·
            H₂SO₄ {formatFigure(c.sulfuricAcidGL, locale)} g/L · Cl {formatFigure(c.chloridePpm, locale)} ppm
          </Text>
          <Text size="sm" c="dimmed">
            {t(`${R}.bath.efficiencyShort`, {
              value: formatFigure(bath.efficiency, locale, 3),
              source: t(`${R}.enum.efficiencySource.${bath.efficiencySource}`),
            })}
            {' · '}
            {bath.lastMaintenanceOn
              ? t(`${R}.bath.lastMaintenance`, { date: formatDate(bath.lastMaintenanceOn, locale) })
              : t(`${R}.bath.noMaintenance`)}
          </Text>
          {bath.warnings.length > 0 && (
            <Group gap={6} wrap="nowrap" align="flex-start">
              <IconAlertTriangle size={16} color="var(--mantine-color-orange-7)" style={{ flexShrink: 0 }} />
              <Text size="sm" c="orange.8">
                {translateMessage(i18n, bath.warnings[0].key, bath.warnings[0].params)}
                {bath.warnings.length > 1 &&
                  ` ${t(`${R}.bath.moreWarnings`, { count: bath.warnings.length - 1 })}`}
              </Text>
            </Group>
          )}
        </Stack>
      </Card>
    </Link>
  );
}
