import '@mantine/dropzone/styles.css';
import { Button, Group, List, Stack, Text, ThemeIcon } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { IconCamera, IconCircleCheck, IconPhotoUp } from '@tabler/icons-react';
import { type InputHTMLAttributes, useRef } from 'react';
import { useTranslation } from 'react-i18next';

const ACCEPT = [
  'image/png',
  'image/jpeg',
  'image/webp',
  'image/avif',
  'image/heic',
  'image/heif',
  'image/gif',
];
const TIPS = ['paper', 'coin', 'straight', 'light'] as const;

/** Phone camera first; a file from the gallery or a drag-and-drop on a computer also works. */
export function PhotoPicker({ onFile }: { onFile: (file: File) => void }) {
  const { t } = useTranslation();
  const camera = useRef<HTMLInputElement>(null);
  return (
    <Stack gap="sm">
      <List
        spacing={6}
        size="sm"
        icon={
          <ThemeIcon color="teal" size={20} radius="xl" variant="light">
            <IconCircleCheck size={14} />
          </ThemeIcon>
        }
      >
        {TIPS.map((tip) => (
          <List.Item key={tip}>{t(`photo-area:tool.tips.${tip}`)}</List.Item>
        ))}
      </List>
      <Button
        size="lg"
        leftSection={<IconCamera size={22} />}
        onClick={() => camera.current?.click()}
        data-testid="photo-camera"
      >
        {t('photo-area:tool.takePhoto')}
      </Button>
      <input
        ref={camera}
        type="file"
        accept="image/*"
        capture="environment"
        hidden
        data-testid="photo-camera-input"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
      <Dropzone
        onDrop={(files) => files[0] && onFile(files[0])}
        accept={ACCEPT}
        multiple={false}
        maxFiles={1}
        inputProps={{ 'data-testid': 'photo-file-input' } as InputHTMLAttributes<HTMLInputElement>}
        p="md"
      >
        <Group justify="center" gap="sm" wrap="nowrap" mih={70} style={{ pointerEvents: 'none' }}>
          <IconPhotoUp size={32} stroke={1.5} color="var(--mantine-color-copper-7)" />
          <Stack gap={0}>
            <Text fw={600}>{t('photo-area:tool.upload')}</Text>
            <Text size="sm" c="dimmed">
              {t('photo-area:tool.uploadHint')}
            </Text>
          </Stack>
        </Group>
      </Dropzone>
    </Stack>
  );
}
