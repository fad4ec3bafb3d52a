import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ModalsReady, modals } from './modals';

describe('confirm dialogs asked for before their provider has loaded', () => {
  it('open once the provider is there instead of never', async () => {
    // A tap before the lazily loaded Overlays have arrived.
    modals.openConfirmModal({ title: 'Batalkan pendaftaran?', labels: { confirm: 'Ya', cancel: 'Tidak' } });
    render(
      <MantineProvider>
        <ModalsProvider />
        <ModalsReady />
      </MantineProvider>,
    );
    expect(await screen.findByRole('dialog')).toHaveTextContent('Batalkan pendaftaran?');
  });
});
