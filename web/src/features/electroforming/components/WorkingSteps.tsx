import { Badge, Card, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconMathFunction } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { WorkingStep } from '#core/domain/electroforming/working';
import { currentLocale } from '#web/lib/i18n';
import { formatFigure, localizeWorking, unitLabel } from '../lib/format';
import { translateMessage } from '../lib/messages';

/** "How this was computed": each step's meaning, its formula and the numbers put in. */
export function WorkingSteps({ steps, title }: { steps: readonly WorkingStep[]; title?: string }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale();
  if (steps.length === 0) return null;
  return (
    <Card p="md" data-testid="working">
      <Group gap="xs" mb="sm" wrap="nowrap">
        <ThemeIcon variant="light" radius="xl">
          <IconMathFunction size={18} />
        </ThemeIcon>
        <Title order={4}>{title ?? t('electroforming:ui.working.title')}</Title>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {t('electroforming:ui.working.intro')}
      </Text>
      <Stack gap="md">
        {steps.map((s, i) => (
          <Stack key={`${s.key}:${s.substituted}:${s.result.unit}`} gap={4}>
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <Badge variant="filled" radius="xl" size="lg" circle style={{ flexShrink: 0 }}>
                {i + 1}
              </Badge>
              <Text size="sm" fw={600} style={{ minWidth: 0 }}>
                {translateMessage(i18n, s.key, s.params)}
              </Text>
            </Group>
            <Text className="ef-working" c="copper.9">
              {localizeWorking(s.formula, locale)}
            </Text>
            <Text className="ef-working" c="dimmed">
              {localizeWorking(s.substituted, locale)}
            </Text>
            <Text size="sm" fw={700}>
              = {formatFigure(s.result.value, locale)} {unitLabel(s.result.unit, t)}
            </Text>
          </Stack>
        ))}
      </Stack>
    </Card>
  );
}
