import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { trainingApi } from '#core/api/training';
import { renderPage, sessionOf, stub, stubApi } from '#web/test/render';
import { EventFormPage } from './EventFormPage';

describe('the event form', () => {
  it('while the trainers load, their picker is held and says so', async () => {
    stubApi([stub(trainingApi.listPrograms, { items: [] } as never)]);
    const answered = globalThis.fetch;
    // The trainers never answer in this test: the picker stays in its loading state.
    vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) =>
      String(input).includes('/api/training/trainers') ? new Promise(() => {}) : answered(input, init),
    );
    await renderPage(<EventFormPage />, { session: sessionOf('admin') });
    const trainers = await screen.findByLabelText('Pelatih', { selector: 'input:not([type=hidden])' });
    expect(trainers).toBeDisabled();
    expect(trainers).toHaveAccessibleDescription('Memuat daftar pelatih…');
  });
});
