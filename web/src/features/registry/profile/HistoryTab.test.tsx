import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { registryApi } from '#core/api/registry';
import type { HistoryEntry } from '#core/schemas/registry';
import { renderPage, sessionOf, stub, stubApi } from '#web/test/render';
import { HistoryTab } from './HistoryTab';

const entry = (over: Partial<HistoryEntry>): HistoryEntry => ({
  id: 1,
  at: '2026-03-14T03:05:00.000Z',
  actorId: 'u1',
  actorEmail: 'rina@diskopindag.test',
  actorRole: 'officer',
  action: 'business.update',
  entityType: 'business',
  entityId: 'b1',
  before: null,
  after: null,
  ip: null,
  changes: [],
  ...over,
});

const change = (
  field: string,
  before: unknown,
  after: unknown,
  names: [string | null, string | null] = [null, null],
) => ({
  field,
  before,
  after,
  beforeName: names[0],
  afterName: names[1],
});

const HISTORY = {
  items: [
    entry({
      id: 3,
      action: 'owner.update',
      entityType: 'owner',
      entityId: 'o1',
      actorEmail: 'admin@diskopindag.test',
      before: { name: 'Ratna' },
      after: { name: 'Ratna' },
      changes: [
        change('nikMasked', '3573••••••••0001', '3573••••••••0003'),
        change('phone', null, '+6281234567890'),
      ],
    }),
    entry({
      id: 2,
      changes: [
        change('name', 'Anyaman Bu Ratna', 'Anyaman Ratna Jaya'),
        change('districtCode', '35.73.05', '35.73.01', ['Lowokwaru', 'Blimbing']),
        change('lat', -7.95, -7.9312345),
        change('subsector', 'lainnya', 'anyaman'),
        change('yearFounded', null, 2019),
        change('exportCountries', [], ['JP', 'NL']),
      ],
    }),
    entry({ id: 1, action: 'business.create', actorEmail: null }),
  ],
  total: 3,
  page: 1,
  pageSize: 20,
};

describe('the business history', () => {
  it('shows each change old → new in words, with who and when', async () => {
    stubApi([stub(registryApi.businessHistory, HISTORY)]);
    await renderPage(<HistoryTab businessId="b1" />, { session: sessionOf('admin') });
    const entries = await screen.findAllByTestId('history-entry');
    expect(entries).toHaveLength(3);

    const update = within(entries[1]);
    expect(update.getByText('Data IKM diubah')).toBeInTheDocument();
    expect(update.getByText(/rina@diskopindag\.test/)).toHaveTextContent('14 Mar 2026');
    expect(update.getByTestId('change-name')).toHaveTextContent('Nama: Anyaman Bu Ratna Anyaman Ratna Jaya');
    // A code is shown by its region's name; numbers, enums, years and countries in words.
    expect(update.getByTestId('change-districtCode')).toHaveTextContent('Kecamatan: Lowokwaru Blimbing');
    expect(update.getByTestId('change-districtCode')).not.toHaveTextContent('35.73');
    expect(update.getByTestId('change-lat')).toHaveTextContent('Lintang: -7,95 -7,931235');
    expect(update.getByTestId('change-subsector')).toHaveTextContent('Subsektor: Lainnya Anyaman');
    expect(update.getByTestId('change-yearFounded')).toHaveTextContent('Tahun berdiri: kosong 2019');
    expect(update.getByTestId('change-exportCountries')).toHaveTextContent(/Jepang, Belanda/);

    // The owner's change names the person; the NIK stays masked.
    const owner = within(entries[0]);
    expect(owner.getByText('Data pemilik diubah · Ratna')).toBeInTheDocument();
    expect(owner.getByTestId('change-nikMasked')).toHaveTextContent('NIK: 3573••••••••0001 3573••••••••0003');
    expect(owner.getByTestId('change-phone')).toHaveTextContent('Nomor telepon: kosong +6281234567890');

    // A created record says so, by the system when nobody signed in.
    expect(within(entries[2]).getByText(/sistem/)).toBeInTheDocument();
    expect(within(entries[2]).queryByTestId('history-changes')).toBeNull();
  });

  it('reads the same in English', async () => {
    stubApi([stub(registryApi.businessHistory, HISTORY)]);
    await renderPage(<HistoryTab businessId="b1" />, { session: sessionOf('admin'), locale: 'en' });
    const entries = await screen.findAllByTestId('history-entry');
    const update = within(entries[1]);
    expect(update.getByTestId('change-lat')).toHaveTextContent('-7.95 -7.931235');
    expect(update.getByTestId('change-exportCountries')).toHaveTextContent(/Japan, Netherlands/);
    expect(update.getByTestId('change-yearFounded')).toHaveTextContent(/empty 2019/);
  });

  it('names the figures a correction took off the estimates', async () => {
    stubApi([
      stub(registryApi.businessHistory, {
        items: [
          entry({
            action: 'business.snapshot_update',
            changes: [
              change('capacity', 300, 280),
              change('estimatedFields', ['capacity', 'workersTotal'], ['workersTotal']),
            ],
          }),
        ],
        total: 1,
        page: 1,
        pageSize: 20,
      }),
    ]);
    await renderPage(<HistoryTab businessId="b1" />, { session: sessionOf('admin') });
    expect(await screen.findByTestId('change-estimatedFields')).toHaveTextContent(
      'Angka perkiraan: Kapasitas produksi, Jumlah tenaga kerja Jumlah tenaga kerja',
    );
  });
});
