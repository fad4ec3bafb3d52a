import { Alert, List } from '@mantine/core';
import { IconPencilExclamation } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Shown instead of an answer while some input is missing or wrong. */
export function ErrorSummary({ messages }: { messages: string[] }) {
  const { t } = useTranslation();
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconPencilExclamation />}
      title={t('electroforming:ui.errors.summaryTitle')}
      data-testid="calc-errors"
    >
      {messages.length === 0 ? (
        t('electroforming:ui.errors.summary')
      ) : (
        <List size="sm" spacing={4}>
          {messages.map((m) => (
            <List.Item key={m}>{m}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
