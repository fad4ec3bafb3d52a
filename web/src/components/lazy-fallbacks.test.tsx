import { screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderPage } from '#web/test/render';
import { LazySelect } from './LazySelect';
import { Pager } from './Pager';

// A tab left open across a deploy, or offline: the chunks loaded after the first paint are gone.
vi.mock('./pagination.lazy', () => {
  throw new Error('Failed to fetch dynamically imported module');
});
vi.mock('./select.lazy', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

const slow = { timeout: 10_000 };

function KecamatanField({ chosen }: { chosen: (string | null)[] }) {
  const [value, setValue] = useState<string | null>(null);
  return (
    <LazySelect
      label="Kecamatan"
      placeholder="Semua kecamatan"
      clearable
      data={[
        { value: '35.73.01', label: 'Blimbing' },
        { value: '35.73.02', label: 'Klojen' },
      ]}
      value={value}
      onChange={(next) => {
        chosen.push(next);
        setValue(next);
      }}
    />
  );
}

describe('pieces loaded after the first paint, when their chunk cannot be loaded', () => {
  it('the pager becomes a plain page picker that still turns the page', async () => {
    const onChange = vi.fn();
    const { user } = await renderPage(<Pager total={60} pageSize={25} page={1} onChange={onChange} />);
    const picker = await screen.findByRole('combobox', { name: /Halaman/ }, slow);
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['1', '2', '3']);
    await user.selectOptions(picker, '3');
    expect(onChange).toHaveBeenCalledWith(3);
  });

  it("a select becomes the browser's own, with the same label and choices, and can be cleared", async () => {
    const chosen: (string | null)[] = [];
    const { user } = await renderPage(<KecamatanField chosen={chosen} />);
    const select = await screen.findByRole('combobox', { name: 'Kecamatan' }, slow);
    expect(select.tagName).toBe('SELECT');
    await user.selectOptions(select, 'Klojen');
    expect(select).toHaveValue('35.73.02');
    await user.selectOptions(select, 'Semua kecamatan');
    expect(chosen).toEqual(['35.73.02', null]);
  });
});
