import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { registryApi } from '#core/api/registry';
import { renderPage, sessionOf, stub, stubApi } from '#web/test/render';
import { SupportFormModal } from './SupportFormModal';

const noBusinesses = () =>
  stub(registryApi.listBusinesses, { items: [], total: 0, page: 1, pageSize: 50 } as never);

describe('the record-support dialog', () => {
  it('names what is missing when sent empty, and sends nothing', async () => {
    const calls = stubApi([noBusinesses()]);
    const { user } = await renderPage(<SupportFormModal opened onClose={() => {}} />, {
      session: sessionOf('officer'),
    });
    await user.click(await screen.findByRole('button', { name: 'Simpan' }));
    expect(await screen.findByText('Jenis wajib diisi.')).toBeInTheDocument();
    expect(screen.getByText('Nama wajib diisi.')).toBeInTheDocument();
    expect(screen.getByText('Usaha yang dijangkau: pilih minimal satu.')).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/Input tidak valid|diharapkan|diterima/);
    expect(calls.filter((c) => c.method === 'POST')).toEqual([]);
  });

  it('refuses a value below zero with a message, and sends nothing', async () => {
    const calls = stubApi([noBusinesses()]);
    const { user } = await renderPage(<SupportFormModal opened onClose={() => {}} />, {
      session: sessionOf('officer'),
    });
    const value = await screen.findByRole('textbox', { name: /Nilai \(Rp\)/ });
    await user.clear(value);
    await user.type(value, '-5');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    // The text stays as typed (nothing is silently stripped); the field says why it is refused.
    expect(await screen.findByText('Tidak boleh kurang dari nol')).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'POST')).toEqual([]);
  });

  it('the needs to answer wait for a business, and say so', async () => {
    stubApi([noBusinesses()]);
    await renderPage(<SupportFormModal opened onClose={() => {}} />, { session: sessionOf('officer') });
    const needs = await screen.findByLabelText('Kebutuhan yang dijawab', {
      selector: 'input:not([type=hidden])',
    });
    expect(needs).toBeDisabled();
    expect(needs).toHaveAccessibleDescription(
      'Pilih usaha yang dijangkau dulu; kebutuhan terbukanya muncul di sini.',
    );
  });
});
