import { fireEvent, waitFor } from '@testing-library/react';
import type { ComponentType } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderPage, sessionOf, stubApi } from '#web/test/render';
import { CALCULATOR_PAGES } from '../lib/calculator-pages';

/*
 * Issue 10 #8, screen-wide: every workbench calculator, filled the way a maker fills it (decimal
 * commas, thirds, awkward areas), in both languages, must never print a number as JavaScript
 * writes it (131.35037393417429) — in its text, its working steps, its warnings or its fields.
 * Each page is walked with several realistic input sets; any raw float on screen fails.
 */

/**
 * Five or more decimals with either separator; in Indonesian also a decimal point with four or
 * more digits (a point there only ever groups thousands, by threes: 0.9724 is JavaScript's).
 */
const RAW_FLOAT = { id: /\d[.,]\d{5,}|\d\.\d{4,}/, en: /\d[.,]\d{5,}/ };
const NONSENSE = /\bNaN\b|Infinity|\bundefined\b|\{\{/;

/** Realistic, awkward inputs, taken in turn by the fields of a page (thirds, sevenths, odd areas). */
const INPUT_SETS = [
  ['13,231', '7', '0,93', '1,37', '3', '11', '2,7', '333'],
  ['7', '3', '13', '0,3', '2,5', '9', '1,1', '47'],
  ['1,37', '0,7', '22,9', '3', '0,95', '17', '6', '125'],
];

const PAGES = ['time', 'current', 'thickness', 'energy', 'bath', 'price'] as const;

/** What a reader gets: every text node outside <style>/<script> (Mantine's CSS is no reading), and the fields. */
function visibleText(): string {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest('style, script')) parts.push(node.textContent ?? '');
  }
  const fields = [...document.querySelectorAll('input')].map((i) => i.value);
  return `${parts.join(' ')}\n${fields.join('\n')}`;
}

function expectClean(where: string, locale: 'id' | 'en') {
  const text = visibleText();
  const raw = RAW_FLOAT[locale].exec(text);
  expect(
    raw ? `${where}: …${text.slice(Math.max(0, raw.index - 50), raw.index + 30)}…` : null,
    'a raw float on screen',
  ).toBeNull();
  expect(text, where).not.toMatch(NONSENSE);
}

/** The page's text fields (number fields and free text), as a maker sees them. */
function numberFields(): HTMLInputElement[] {
  return [...document.querySelectorAll<HTMLInputElement>('main input, input')].filter(
    (i) =>
      (i.type === 'text' || i.type === '' || i.getAttribute('inputmode') === 'decimal') &&
      !i.readOnly &&
      !i.disabled &&
      i.getAttribute('role') !== 'combobox' &&
      i.getAttribute('aria-haspopup') === null,
  );
}

describe.each(['id', 'en'] as const)('the workbench calculators in %s', (locale) => {
  beforeEach(() => localStorage.clear());

  // Three input sets on a whole page: longer than the default time-out on a busy machine.
  it.each(PAGES)(
    '%s never shows a raw float for realistic inputs',
    async (name) => {
      const calls = stubApi([]);
      const Page = (await CALCULATOR_PAGES[name]()) as ComponentType;
      // A signed-in person without records of their own: nothing to load, the page computes alone.
      await renderPage(<Page />, { session: sessionOf('trainer'), locale });
      await waitFor(() => expect(numberFields().length).toBeGreaterThan(0));
      expectClean(`${name} (${locale}) as opened`, locale);
      for (const [n, values] of INPUT_SETS.entries()) {
        numberFields().forEach((field, i) => {
          fireEvent.change(field, { target: { value: values[i % values.length] } });
          fireEvent.blur(field);
        });
        // Every result (or refusal) of this set is on screen before it is read.
        await waitFor(() => expect(document.body.textContent).not.toBe(''));
        expectClean(`${name} (${locale}) input set ${n + 1}`, locale);
      }
      // The calculators compute in the browser.
      expect(calls).toEqual([]);
    },
    120_000,
  );
});
