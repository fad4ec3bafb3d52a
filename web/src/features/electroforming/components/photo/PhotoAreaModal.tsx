import { Button, Modal } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import '../ef.css';
import { PhotoAreaTool } from './PhotoAreaTool';

/** The photo tool over a calculator (full screen on a phone); hands the area back. */
export default function PhotoAreaModal({
  opened,
  onClose,
  onUse,
}: {
  opened: boolean;
  onClose: () => void;
  onUse: (areaCm2: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('photo-area:tool.title')}
      size="xl"
      fullScreen
      styles={{ title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      <PhotoAreaTool
        actions={(area) => (
          <Button
            size="md"
            leftSection={<IconCheck size={18} />}
            onClick={() => onUse(area)}
            data-testid="photo-use"
          >
            {t('photo-area:tool.use')}
          </Button>
        )}
      />
    </Modal>
  );
}
