import { Alert, List, ThemeIcon } from '@mantine/core';
import { IconAlertOctagon, IconShieldCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { SAFETY_NOTE_KEYS } from '#core/domain/electroforming/bath';

/** Acid into water first and in red; the other rules as a list. */
export function SafetyNotes({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const [first, ...rest] = SAFETY_NOTE_KEYS;
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertOctagon />}
      title={t(first)}
      data-testid="safety-notes"
      styles={{ title: { fontSize: 'var(--mantine-font-size-md)' } }}
    >
      {!compact && (
        <List
          spacing="xs"
          size="sm"
          mt="xs"
          icon={
            <ThemeIcon color="red" size={20} radius="xl" variant="light">
              <IconShieldCheck size={14} />
            </ThemeIcon>
          }
        >
          {rest.map((key) => (
            <List.Item key={key}>{t(key)}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
