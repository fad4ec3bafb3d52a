import { screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { NumberTextKind } from '#core/number-text';
import { renderPage } from '#web/test/render';
import { NumberText } from './NumberText';

function Harness({ kind, initial = '' }: { kind: NumberTextKind; initial?: number | string }) {
  const [value, setValue] = useState<number | string>(initial);
  return (
    <>
      <NumberText label="Angka" kind={kind} value={value} onChange={setValue} />
      <output data-testid="held">{typeof value === 'number' ? `number ${value}` : `text "${value}"`}</output>
    </>
  );
}

async function typeInto(kind: NumberTextKind, text: string, locale: 'id' | 'en' = 'id') {
  const view = await renderPage(<Harness kind={kind} />, { locale });
  await view.user.type(screen.getByLabelText('Angka'), text);
  return view;
}

const held = () => screen.getByTestId('held').textContent;

describe('NumberText, the one number input', () => {
  it.each([
    ['money', 'Rp 15.000.000,-', 15_000_000, 'Dibaca: Rp 15.000.000'],
    ['money', '2,7 M', 2_700_000_000, 'Dibaca: Rp 2.700.000.000'],
    ['money', '5 jt', 5_000_000, 'Dibaca: Rp 5.000.000'],
    ['decimal', '1.5', 1.5, 'Dibaca: 1,5'],
  ] as const)('%s field reads %s as %s and says so', async (kind, text, value, reading) => {
    await typeInto(kind, text);
    expect(held()).toBe(`number ${value}`);
    expect(screen.getByText(reading)).toBeInTheDocument();
  });

  it.each([
    ['decimal', '1e9', 'Notasi 1e9 tidak dipakai'],
    ['decimal', '1/2', 'Pecahan seperti 1/2 tidak dibaca'],
    ['decimal', '12abc', 'Tidak terbaca sebagai angka'],
    ['integer', '2,5', 'Harus bilangan bulat'],
    ['money', 'dua juta', 'Tidak terbaca sebagai jumlah rupiah'],
  ] as const)('%s field refuses %s with a message and hands over no number', async (kind, text, message) => {
    await typeInto(kind, text);
    expect(screen.getByText(new RegExp(message))).toBeInTheDocument();
    expect(held()).toBe(`text "${text}"`);
  });

  it('waits while a number is half typed', async () => {
    await typeInto('decimal', '1,');
    expect(screen.queryByText(/Tidak terbaca/)).not.toBeInTheDocument();
  });

  it('reads the English way in English', async () => {
    await typeInto('decimal', '1,250', 'en');
    expect(held()).toBe('number 1250');
    expect(screen.queryByText(/Read as/)).not.toBeInTheDocument();
  });
});
