import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../components/States';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <EmptyState
      title={t('common:not_found.title')}
      action={
        <Button component={Link} to="/" variant="light">
          {t('common:nav.home')}
        </Button>
      }
    >
      {t('common:not_found.body')}
    </EmptyState>
  );
}
