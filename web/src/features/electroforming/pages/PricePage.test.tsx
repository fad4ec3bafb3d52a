import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderPage, sessionOf, stubApi } from '#web/test/render';
import { PricePage } from './PricePage';

async function openPrice() {
  stubApi([]);
  return renderPage(<PricePage />, { session: sessionOf('trainer') });
}

const cost = () => screen.getByTestId('result-cost').textContent ?? '';

describe('the price (HPP) calculator reads amounts as makers write them', () => {
  beforeEach(() => localStorage.clear());

  it('takes "20rb" per hour as Rp 20.000 (HPP Rp 49.610), not as Rp 20', async () => {
    const { user } = await openPrice();
    await waitFor(() => expect(cost()).toContain('49.610'));
    const wage = screen.getByLabelText(/Upah per jam/);
    await user.clear(wage);
    await user.type(wage, '20rb');
    await waitFor(() => expect(cost()).toContain('49.610'));
    expect(screen.getByText('Dibaca: Rp 20.000')).toBeInTheDocument();
    await user.clear(wage);
    await user.type(wage, '0,02 jt');
    await waitFor(() => expect(cost()).toContain('49.610'));
  });

  it.each([
    ['1e9', /Notasi 1e9 tidak dipakai/],
    ['1/2', /Pecahan seperti 1\/2/],
    ['20 ribuan', /Tidak terbaca sebagai jumlah rupiah/],
  ])('refuses %s under the field instead of reading part of it', async (typed, message) => {
    const { user } = await openPrice();
    const wage = screen.getByLabelText(/Upah per jam/);
    await user.clear(wage);
    await user.type(wage, typed);
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(screen.queryByTestId('result-cost')).not.toBeInTheDocument();
  });

  it('reads a decimal comma and a decimal point alike for hours', async () => {
    const { user } = await openPrice();
    const hours = screen.getByLabelText(/^Jam kerja/);
    for (const typed of ['1,5', '1.5']) {
      await user.clear(hours);
      await user.type(hours, typed);
      await waitFor(() => expect(cost()).toContain('49.610'));
    }
  });

  it('rounds prices by a visible rule: up to Rp 1.000 by default, charm pricing when chosen', async () => {
    const { user } = await openPrice();
    // HPP 49 610 · 2 = 99 220 → Rp 100.000; · 2 → Rp 200.000.
    await waitFor(() => expect(screen.getByTestId('result-retail')).toHaveTextContent('Rp 200.000'));
    expect(screen.getByTestId('result-wholesale')).toHaveTextContent('Rp 100.000');
    expect(screen.getByTestId('rounding-note')).toHaveTextContent('Dibulatkan ke atas ke Rp 1.000');
    await user.click(screen.getByTestId('price-rounding'));
    await user.click(await screen.findByText('ke harga …900 terdekat'));
    await waitFor(() => expect(screen.getByTestId('result-retail')).toHaveTextContent('Rp 197.900'));
    expect(screen.getByTestId('result-wholesale')).toHaveTextContent('Rp 98.900');
    expect(document.body.textContent).not.toMatch(/\.999\b/);
  });
});
