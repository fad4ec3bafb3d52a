import { Card, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ToolHeader } from '../components/CalculatorShell';
import { SafetyNotes } from '../components/SafetyNotes';

const FIRST_AID = ['skin', 'eyes', 'swallowed', 'spill'] as const;

/** The safety rules of electroforming.md, with the first-aid steps a maker needs at hand. */
export function SafetyPage() {
  const { t } = useTranslation();
  return (
    <Stack maw={760} gap="md">
      <ToolHeader
        title={t('electroforming:ui.tools.safety.title')}
        description={t('electroforming:ui.safety.description')}
      />
      <SafetyNotes />
      <Card>
        <Title order={4} mb="xs">
          {t('electroforming:ui.safety.firstAidTitle')}
        </Title>
        <List type="ordered" spacing="xs" size="sm">
          {FIRST_AID.map((key) => (
            <List.Item key={key}>{t(`electroforming:ui.safety.firstAid.${key}`)}</List.Item>
          ))}
        </List>
        <Text size="xs" c="dimmed" mt="sm">
          {t('electroforming:ui.safety.emergency')}
        </Text>
      </Card>
    </Stack>
  );
}
