import { Accordion, List, Stack, Text } from '@mantine/core';
import { IconBulb, IconQuestionMark } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { type DefectId, findDefect } from '#core/domain/electroforming/defects';
import { R } from '#web/features/electroforming/lib/labels';

/** For each defect seen: what it looks like, why it likely happened, and what to do next time. */
export function DefectGuide({
  defects,
  collapsed = false,
}: {
  defects: readonly DefectId[];
  collapsed?: boolean;
}) {
  const { t } = useTranslation();
  if (defects.length === 0) return null;
  return (
    <Accordion
      variant="separated"
      multiple
      defaultValue={collapsed ? [] : [...defects]}
      data-testid="defect-guide"
    >
      {defects.map((id) => {
        const defect = findDefect(id);
        if (!defect) return null;
        return (
          <Accordion.Item key={id} value={id}>
            <Accordion.Control>
              <Text fw={600} size="sm">
                {t(defect.nameKey)}
              </Text>
            </Accordion.Control>
            <Accordion.Panel>
              <Stack gap="xs">
                <Text size="sm" c="dimmed">
                  {t(defect.descriptionKey)}
                </Text>
                <Text size="sm" fw={700}>
                  {t(`${R}.qc.causes`)}
                </Text>
                <List
                  size="sm"
                  spacing={2}
                  icon={<IconQuestionMark size={14} color="var(--mantine-color-orange-7)" />}
                >
                  {defect.causeKeys.map((k) => (
                    <List.Item key={k}>{t(k)}</List.Item>
                  ))}
                </List>
                <Text size="sm" fw={700}>
                  {t(`${R}.qc.fixes`)}
                </Text>
                <List size="sm" spacing={2} icon={<IconBulb size={14} color="var(--mantine-color-teal-7)" />}>
                  {defect.fixKeys.map((k) => (
                    <List.Item key={k}>{t(k)}</List.Item>
                  ))}
                </List>
              </Stack>
            </Accordion.Panel>
          </Accordion.Item>
        );
      })}
    </Accordion>
  );
}
