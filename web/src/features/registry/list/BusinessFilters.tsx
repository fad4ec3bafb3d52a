import { Button, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSignedInUser } from '#web/app/session';
import { LazySelect } from '#web/components/LazySelect';
import { useHomeRegion } from '../shared/home';
import {
  certificationOptions,
  dataYearOptions,
  exportStatusOptions,
  subsectorOptions,
} from '../shared/options';
import { regionOptions, useRegions } from '../shared/regions';
import { inScope } from '../shared/scope';
import type { ListChanges, ListParams } from './list-params';

type Props = {
  params: ListParams;
  update: (changes: ListChanges) => void;
  activeFilters: number;
  clearFilters: () => void;
};

/** Kecamatan → kelurahan (dependent), subsector, certification, export status, data year. */
export function BusinessFilters({ params, update, activeFilters, clearFilters }: Props) {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const home = useHomeRegion();
  const kecamatan = useRegions(home);
  const kelurahan = useRegions(params.kecamatan);
  // An officer only ever sees their own kecamatan, so only those are offered.
  const kecamatanData = regionOptions(kecamatan.data).filter((o) => inScope(user, o.value));
  const common = { clearable: true, comboboxProps: { withinPortal: true } } as const;

  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3, xl: 6 }} spacing="xs" verticalSpacing="xs">
      <LazySelect
        {...common}
        searchable
        label={t('registry:field.kecamatan')}
        placeholder={t('registry:filter.all_kecamatan')}
        data={kecamatanData}
        value={params.kecamatan}
        onChange={(v) => update({ kecamatan: v })}
        nothingFoundMessage={t('registry:filter.nothing_found')}
        data-testid="filter-kecamatan"
        error={kecamatan.error ? t('registry:regions_failed') : undefined}
      />
      <LazySelect
        {...common}
        searchable
        label={t('registry:field.kelurahan')}
        placeholder={
          params.kecamatan ? t('registry:filter.all_kelurahan') : t('registry:filter.pick_kecamatan_first')
        }
        disabled={!params.kecamatan}
        data={regionOptions(kelurahan.data)}
        value={params.kelurahan}
        onChange={(v) => update({ kelurahan: v })}
        nothingFoundMessage={t('registry:filter.nothing_found')}
        data-testid="filter-kelurahan"
      />
      <LazySelect
        {...common}
        label={t('registry:field.subsector')}
        placeholder={t('registry:filter.all')}
        data={subsectorOptions(t)}
        value={params.subsector}
        onChange={(v) => update({ subsector: v })}
        data-testid="filter-subsector"
      />
      <LazySelect
        {...common}
        label={t('registry:field.certification')}
        placeholder={t('registry:filter.all')}
        data={certificationOptions(t)}
        value={params.certification}
        onChange={(v) => update({ certification: v })}
        data-testid="filter-certification"
      />
      <LazySelect
        {...common}
        label={t('registry:field.export_status')}
        placeholder={t('registry:filter.all')}
        data={exportStatusOptions(t)}
        value={params.exportStatus}
        onChange={(v) => update({ exportStatus: v })}
        data-testid="filter-export"
      />
      <LazySelect
        {...common}
        label={t('registry:field.data_year')}
        placeholder={t('registry:filter.any_year')}
        data={dataYearOptions()}
        value={params.dataYear}
        onChange={(v) => update({ dataYear: v })}
        data-testid="filter-year"
      />
      {activeFilters > 0 && (
        <Button variant="subtle" size="compact-sm" onClick={clearFilters} style={{ justifySelf: 'start' }}>
          {t('registry:filter.clear', { count: activeFilters })}
        </Button>
      )}
    </SimpleGrid>
  );
}
