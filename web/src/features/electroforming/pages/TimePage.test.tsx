import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderPage, sessionOf, stubApi } from '#web/test/render';
import { TimePage } from './TimePage';

/** Nothing a maker types may end up on screen as NaN, Infinity or undefined. */
function expectNoNonsense() {
  expect(document.body.textContent ?? '').not.toMatch(/NaN|Infinity|undefined/);
}

async function openTimeCalculator() {
  // The calculators run in the browser: any API call would fail the test.
  const calls = stubApi([]);
  const view = await renderPage(<TimePage />, { session: sessionOf('ikm_owner') });
  await view.user.click(within(await screen.findByTestId('area-mode')).getByText('cm²'));
  return { ...view, calls };
}

async function retype(
  user: Awaited<ReturnType<typeof renderPage>>['user'],
  field: HTMLElement,
  text: string,
) {
  await user.clear(field);
  if (text) await user.type(field, text);
}

describe('the plating-time calculator’s input handling', () => {
  beforeEach(() => localStorage.clear());

  it('explains a negative area next to the field and shows no result', async () => {
    const { user, calls } = await openTimeCalculator();
    await retype(user, screen.getByLabelText(/Luas kedua sisi/), '-5');
    expect((await screen.findAllByText(/Luas harus lebih dari 0/)).length).toBeGreaterThan(0);
    expect(screen.getByTestId('calc-errors')).toBeInTheDocument();
    expect(screen.queryByTestId('result-time')).not.toBeInTheDocument();
    expectNoNonsense();
    expect(calls).toEqual([]);
  });

  it('reads decimal commas, asks for empty fields and refuses out-of-range efficiency', async () => {
    const { user } = await openTimeCalculator();
    await retype(user, screen.getByLabelText(/Luas kedua sisi/), '60');
    const efficiency = screen.getByLabelText(/Efisiensi katoda η/);
    for (const bad of ['0', '1,5']) {
      await retype(user, efficiency, bad);
      expect((await screen.findAllByText(/Efisiensi katoda harus lebih dari 0/)).length).toBeGreaterThan(0);
      expectNoNonsense();
    }
    await retype(user, efficiency, '');
    expect((await screen.findAllByText('Isi angka ini.')).length).toBeGreaterThan(0);
    await retype(user, efficiency, '0,95');
    await waitFor(() => expect(screen.getByTestId('result-time')).toBeInTheDocument());
    expectNoNonsense();
  });

  it('refuses an absurd density, and warns (without refusing) about a density that burns edges', async () => {
    const { user } = await openTimeCalculator();
    await retype(user, screen.getByLabelText(/Luas kedua sisi/), '60');
    const density = screen.getByRole('textbox', { name: 'Rapat arus' });
    await retype(user, density, '80');
    expect((await screen.findAllByText(/paling besar 50 A\/dm²/)).length).toBeGreaterThan(0);
    expect(screen.queryByTestId('result-time')).not.toBeInTheDocument();
    await retype(user, density, '5');
    await waitFor(() => expect(screen.getByTestId('calc-warnings')).toHaveTextContent('gosong'));
    expect(screen.getByTestId('result-time')).toBeInTheDocument();
    expectNoNonsense();
  });
});
