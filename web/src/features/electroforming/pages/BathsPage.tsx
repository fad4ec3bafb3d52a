import { Button, SimpleGrid, Stack } from '@mantine/core';
import { IconFlask, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan } from '#web/app/session';
import { PageHeader } from '#web/components/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '#web/components/States';
import '../components/ef.css';
import { BathCard } from '../components/records/BathCard';
import { BathFormModal } from '../components/records/BathFormModal';
import { useBaths } from '../hooks/records';
import { R } from '../lib/labels';

/** "Larutan saya": the maker's baths with status and out-of-window warnings. */
export function BathsPage() {
  const { t } = useTranslation();
  const owner = useCan('electroforming.records_write');
  const baths = useBaths();
  const [creating, setCreating] = useState(false);
  const add = owner && (
    <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)} data-testid="bath-new">
      {t(`${R}.baths.create`)}
    </Button>
  );
  return (
    <Stack gap={0} maw={1100}>
      <PageHeader
        title={owner ? t(`${R}.baths.title`) : t(`${R}.baths.titleAll`)}
        description={t(`${R}.baths.description`)}
        actions={add}
      />
      {baths.isPending ? (
        <LoadingState />
      ) : baths.error ? (
        <ErrorState error={baths.error} onRetry={() => void baths.refetch()} />
      ) : baths.data.items.length === 0 ? (
        <EmptyState
          title={t(`${R}.baths.empty`)}
          action={
            owner ? (
              <Stack gap="xs" align="center">
                {add}
                <Button
                  component={Link}
                  to="/electroforming/bath"
                  variant="subtle"
                  leftSection={<IconFlask size={16} />}
                >
                  {t(`${R}.baths.makeUp`)}
                </Button>
              </Stack>
            ) : undefined
          }
        >
          {t(`${R}.baths.emptyHint`)}
        </EmptyState>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
          {baths.data.items.map((bath) => (
            <BathCard key={bath.id} bath={bath} showOwner={!owner} />
          ))}
        </SimpleGrid>
      )}
      {creating && <BathFormModal bath={null} onClose={() => setCreating(false)} />}
    </Stack>
  );
}
