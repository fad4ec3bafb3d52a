import {
  ActionIcon,
  Alert,
  Button,
  Card,
  FileButton,
  Group,
  Image,
  SimpleGrid,
  Text,
  Title,
} from '@mantine/core';
import { IconPhotoPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Product } from '#core/schemas/catalog';
import { ApiError } from '#web/lib/api';
import { useDeletePhoto, useUploadPhoto } from '../hooks/queries';

export function PhotoPanel({ product }: { product: Product }) {
  const { t } = useTranslation();
  const uploadPhoto = useUploadPhoto(product.id);
  const deletePhoto = useDeletePhoto(product.id);
  const [error, setError] = useState<string | null>(null);
  const add = async (file: File | null) => {
    if (!file) return;
    setError(null);
    try {
      await uploadPhoto.mutateAsync(file);
    } catch (e) {
      setError(e instanceof ApiError ? (Object.values(e.fields)[0] ?? e.message) : t('errors:unexpected'));
    }
  };
  return (
    <Card withBorder>
      <Group justify="space-between" mb="xs">
        <Title order={4}>{t('catalog:ui.photos.title')}</Title>
        {product.permissions.edit && (
          <FileButton onChange={add} accept="image/jpeg,image/png,image/webp,image/avif,image/heic">
            {(props) => (
              <Button
                {...props}
                size="xs"
                leftSection={<IconPhotoPlus size={16} />}
                loading={uploadPhoto.isPending}
              >
                {t('catalog:ui.photos.add')}
              </Button>
            )}
          </FileButton>
        )}
      </Group>
      {error && (
        <Alert color="red" mb="xs" role="alert">
          {error}
        </Alert>
      )}
      {product.photos.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('catalog:ui.photos.none')}
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 3, sm: 5 }}>
          {product.photos.map((p, i) => (
            <div key={p.id} style={{ position: 'relative' }}>
              <Image src={p.urls.small} alt={t('catalog:ui.photos.alt', { n: i + 1 })} radius="sm" />
              {product.permissions.edit && (
                <ActionIcon
                  size="sm"
                  color="red"
                  variant="filled"
                  style={{ position: 'absolute', top: 4, right: 4 }}
                  aria-label={t('common:action.delete')}
                  onClick={() => deletePhoto.mutate(p.id)}
                >
                  <IconTrash size={14} />
                </ActionIcon>
              )}
            </div>
          ))}
        </SimpleGrid>
      )}
    </Card>
  );
}
