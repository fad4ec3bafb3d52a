import { Button, Group, Modal, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Visit } from '#core/schemas/monitoring';
import { type OutboxItem, outbox } from '#web/lib/outbox';
import { useFormVersion } from '../hooks/queries';
import type { VisitUpdateItem } from '../lib/visit-outbox';
import { AnswersView } from './AnswersView';

/**
 * A correction made on an old version met a newer one on the server: both are shown and the
 * officer chooses. Nothing is overwritten without that choice.
 */
export function ConflictModal({
  item,
  current,
  onClose,
}: {
  item: OutboxItem<VisitUpdateItem>;
  current: Visit;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const form = useFormVersion(current.formVersion);
  const keepMine = async () => {
    await outbox.update<VisitUpdateItem>(item.id, {
      ...item.payload,
      body: { ...item.payload.body, version: current.version },
    });
    onClose();
  };
  const takeServer = async () => {
    await outbox.discard(item.id);
    onClose();
  };
  return (
    <Modal opened onClose={onClose} size="xl" title={t('monitoring:ui.conflict.title')}>
      <Text size="sm" mb="md">
        {t('monitoring:ui.conflict.body', { name: current.officerName ?? '', version: current.version })}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Stack gap="xs">
          <Title order={5}>{t('monitoring:ui.conflict.mine')}</Title>
          {form.data && (
            <AnswersView
              questions={form.data.questions}
              answers={item.payload.body.answers as Visit['answers']}
            />
          )}
        </Stack>
        <Stack gap="xs">
          <Title order={5}>{t('monitoring:ui.conflict.server', { version: current.version })}</Title>
          {form.data && <AnswersView questions={form.data.questions} answers={current.answers} />}
        </Stack>
      </SimpleGrid>
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={() => void takeServer()}>
          {t('monitoring:ui.conflict.takeServer')}
        </Button>
        <Button onClick={() => void keepMine()}>{t('monitoring:ui.conflict.keepMine')}</Button>
      </Group>
    </Modal>
  );
}
