import { Alert, Anchor, Button, Card, Group, Stack, Text, Textarea } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { Product } from '#core/schemas/catalog';
import { useDisabledReason } from '#web/components/DisabledReason';
import { PageHeader } from '#web/components/PageHeader';
import { QueryView } from '#web/components/QueryView';
import { ApiError } from '#web/lib/api';
import { currentLocale } from '#web/lib/i18n';
import { PhotoPanel } from '../components/PhotoPanel';
import { ProductForm } from '../components/ProductForm';
import { ProductStatusBadge } from '../components/StatusBadge';
import { type ReviewAction, useProduct, useReviewProduct } from '../hooks/queries';

export function NewProductPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <>
      <PageHeader title={t('catalog:ui.products.create')} description={t('catalog:ui.form.newHelp')} />
      <ProductForm
        product={null}
        onSaved={(p) => navigate(`/products/${p.id}`)}
        onCancel={() => navigate('/products')}
      />
    </>
  );
}

function ReviewBar({ product }: { product: Product }) {
  const { t } = useTranslation();
  const review = useReviewProduct();
  const [note, setNote] = useState('');
  const returnWhy = useDisabledReason(!note.trim() && t('catalog:ui.review.returnWhy'));
  const [error, setError] = useState<string | null>(null);
  const act = async (action: ReviewAction) => {
    setError(null);
    try {
      await review.mutateAsync({ id: product.id, action, note });
      setNote('');
    } catch (e) {
      setError(e instanceof ApiError ? (Object.values(e.fields)[0] ?? e.message) : t('errors:unexpected'));
    }
  };
  const publicUrl = `/${currentLocale() === 'en' ? 'en/' : ''}catalog/${product.slug}`;
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Group gap="xs">
          <ProductStatusBadge status={product.status} />
          {product.featured && <Text size="sm">★ {t('catalog:ui.review.featured')}</Text>}
          {product.status === 'published' && (
            <Anchor href={publicUrl} target="_blank" size="sm">
              {t('catalog:ui.review.publicPage')} <IconExternalLink size={12} />
            </Anchor>
          )}
          <Anchor component={Link} to={`/export-readiness/${product.businessId}`} size="sm">
            {t('catalog:ui.readiness.link')}
          </Anchor>
        </Group>
        {product.reviewNote && (
          <Alert color="orange">{t('catalog:ui.review.note', { note: product.reviewNote })}</Alert>
        )}
        <Group gap="xs">
          {product.permissions.submit && (
            <Button size="xs" onClick={() => act('submit')} loading={review.isPending}>
              {t('catalog:ui.review.submit')}
            </Button>
          )}
          {product.permissions.publish && (
            <Button size="xs" color="green" onClick={() => act('publish')} loading={review.isPending}>
              {t('catalog:ui.review.publish')}
            </Button>
          )}
          {product.permissions.feature && (
            <Button size="xs" variant="light" onClick={() => act(product.featured ? 'unfeature' : 'feature')}>
              {t(product.featured ? 'catalog:ui.review.unfeature' : 'catalog:ui.review.feature')}
            </Button>
          )}
        </Group>
        {product.permissions.publish || product.permissions.feature
          ? product.status !== 'draft' && (
              <Stack gap={4}>
                <Group align="flex-end" wrap="nowrap">
                  <Textarea
                    style={{ flex: 1 }}
                    label={t('catalog:ui.review.returnNote')}
                    value={note}
                    onChange={(e) => setNote(e.currentTarget.value)}
                    autosize
                  />
                  <Button
                    size="xs"
                    color="orange"
                    variant="light"
                    disabled={returnWhy.disabled}
                    aria-describedby={returnWhy.describedBy}
                    onClick={() => act('return')}
                  >
                    {t('catalog:ui.review.return')}
                  </Button>
                </Group>
                {returnWhy.note}
              </Stack>
            )
          : null}
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}

export function ProductEditPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const product = useProduct(id);
  const locale = currentLocale();
  return (
    <QueryView query={product}>
      {(p) => (
        <>
          <PageHeader
            title={locale === 'en' ? p.name.en || p.name.id : p.name.id}
            description={p.businessName}
          />
          <Stack gap="md">
            <ReviewBar product={p} />
            <PhotoPanel product={p} />
            {p.permissions.edit ? (
              <ProductForm
                key={p.updatedAt}
                product={p}
                onSaved={() => undefined}
                onCancel={() => navigate('/products')}
              />
            ) : (
              <Text c="dimmed">{t('catalog:ui.form.readOnly')}</Text>
            )}
          </Stack>
        </>
      )}
    </QueryView>
  );
}
