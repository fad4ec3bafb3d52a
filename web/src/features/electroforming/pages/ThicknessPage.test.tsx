import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderPage, sessionOf, stubApi } from '#web/test/render';
import { ThicknessPage } from './ThicknessPage';

describe('the thickness calculator’s run steps', () => {
  beforeEach(() => localStorage.clear());

  it('refuses a step of zero time by its row and recovers when it is fixed, all in the browser', async () => {
    const calls = stubApi([]);
    const { user } = await renderPage(<ThicknessPage />, { session: sessionOf('trainer') });
    const step = within(await screen.findByTestId('run-step-1')).getByLabelText(/Lama/);
    await user.clear(step);
    await user.type(step, '0');
    expect((await screen.findAllByText(/Waktu harus lebih dari nol/)).length).toBeGreaterThan(0);
    expect(document.body.textContent ?? '').not.toMatch(/NaN|Infinity/);
    await user.clear(step);
    await user.type(step, '2');
    await waitFor(() => expect(screen.queryByText(/Waktu harus lebih dari nol/)).not.toBeInTheDocument());
    expect(calls).toEqual([]);
  });
});
