import { describe, expect, it } from 'vitest';

/*
 * Every form with a Save (Mantine's useForm) takes the person to the first bad field when the
 * Save is refused: its `onSubmit` is given the shared `focusFirstInvalid` (or calls it).
 */
const sources = import.meta.glob<string>(['../**/*.tsx', '!../**/*.test.tsx'], {
  eager: true,
  query: '?raw',
  import: 'default',
});

describe('forms with a Save', () => {
  const forms = Object.entries(sources).filter(
    ([, text]) => /\buseForm\b/.test(text) && /\.onSubmit\(/.test(text),
  );

  it('are found', () => {
    expect(forms.length).toBeGreaterThan(10);
  });

  it('focus the first bad field after a refused Save', () => {
    const without = forms.filter(([, text]) => !text.includes('focusFirstInvalid')).map(([file]) => file);
    expect(without).toEqual([]);
  });
});
