import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { PageHeader } from '#web/components/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '#web/components/States';
import { useMyBusinesses } from '../hooks/list';
import { BusinessCards } from './BusinessCards';

/** "Usaha saya": straight to the profile when the owner has one business, else a short list. */
export default function MyBusinessesPage() {
  const { t } = useTranslation();
  const mine = useMyBusinesses();
  if (mine.isPending) return <LoadingState />;
  if (mine.error) return <ErrorState error={mine.error} onRetry={() => void mine.refetch()} />;
  if (mine.data.items.length === 1) return <Navigate to={`/registry/${mine.data.items[0].id}`} replace />;
  return (
    <Stack>
      <PageHeader title={t('registry:mine.title')} description={t('registry:mine.description')} />
      {mine.data.items.length === 0 ? (
        <EmptyState title={t('registry:mine.empty')}>{t('registry:mine.empty_hint')}</EmptyState>
      ) : (
        <BusinessCards items={mine.data.items} />
      )}
    </Stack>
  );
}
