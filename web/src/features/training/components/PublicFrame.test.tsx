import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { i18n } from '#web/lib/i18n';
import { modals } from '#web/lib/modals';
import { theme } from '#web/lib/theme';
import { PublicFrame } from './PublicFrame';

/*
 * A public page (the ticket's "cancel registration") asks for confirmation in a dialog. Someone
 * without an account never gets the signed-in shell, which is where the dialogs' provider lives:
 * the public frame must bring one, or the button does nothing.
 */
describe('the public frame', () => {
  it('shows a confirm dialog without the signed-in shell', { timeout: 60_000 }, async () => {
    render(
      <I18nextProvider i18n={i18n}>
        <MantineProvider theme={theme}>
          <QueryClientProvider client={new QueryClient()}>
            <PublicFrame>
              <p>tiket</p>
            </PublicFrame>
          </QueryClientProvider>
        </MantineProvider>
      </I18nextProvider>,
    );
    expect(screen.getByText('tiket')).toBeInTheDocument();
    await waitFor(
      () => {
        act(() => {
          modals.closeAll();
          modals.openConfirmModal({
            title: 'Batalkan pendaftaran?',
            labels: { confirm: 'Ya', cancel: 'Tidak' },
          });
        });
        expect(screen.getByRole('dialog', { name: 'Batalkan pendaftaran?' })).toBeInTheDocument();
      },
      { timeout: 10_000 },
    );
  });
});
