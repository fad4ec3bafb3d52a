import { Text, TextInput, type TextInputProps } from '@mantine/core';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatRupiah } from '#core/format';
import type { Locale } from '#core/i18n/locales';
import { isHalfTyped, type NumberTextKind, type NumberTextResult, readNumberText } from '#core/number-text';
import { currentLocale } from '#web/lib/i18n';

export type NumberTextOptions = { kind?: NumberTextKind; allowNegative?: boolean };

/** How a number is written back into the box: the reader's notation, never a raw float. */
export function writeNumber(value: number, kind: NumberTextKind, locale: Locale): string {
  if (kind === 'money') return formatRupiah(value).replace(/^Rp\s?/, '');
  return formatNumber(value, locale, kind === 'integer' ? 0 : 10);
}

/**
 * What a typed number reads as, and what to tell the person: the parsed value to show under
 * the field when it was written differently ("20rb" → "Dibaca: Rp 20.000"), or why it cannot
 * be read. Every numeric input in the web reads through this (the core parser, one place).
 */
export function useNumberText(text: string, { kind = 'decimal', allowNegative }: NumberTextOptions = {}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const read: NumberTextResult = readNumberText(text, { kind, locale, allowNegative });
  const shown = read.ok ? (kind === 'money' ? Math.round(read.value) : read.value) : undefined;
  const written = shown === undefined ? undefined : writeNumber(shown, kind, locale);
  const readsAs =
    written !== undefined && written !== text.trim()
      ? t('common:number.reads_as', { value: kind === 'money' ? formatRupiah(shown) : written })
      : undefined;
  let message: string | undefined;
  if (!read.ok && read.error !== 'empty' && !isHalfTyped(text)) {
    const key = read.error === 'invalid' && kind === 'money' ? 'invalid_money' : read.error;
    message = t(`common:number.${key}`, { value: text.trim() });
  }
  return { value: shown, written, readsAs, message };
}

type Props = Omit<TextInputProps, 'value' | 'onChange' | 'error'> &
  NumberTextOptions & {
    value?: number | string | null;
    /** The number when the text reads in full; the text as typed otherwise ('' when empty). */
    onChange: (value: number | string) => void;
    error?: ReactNode;
    /** Unit shown inside the field on the right (cm², A, µm …). */
    unit?: string;
  };

/**
 * A number field that reads what people write — `1,5`, `1.5`, `20rb`, `5 jt`, `Rp 15.000.000,-`
 * — shows what it read, and refuses (with the reason under the field) what it cannot read in
 * full, instead of silently dropping characters the way a digits-only input does.
 */
export function NumberText({
  value,
  onChange,
  kind = 'decimal',
  allowNegative,
  unit,
  error,
  description,
  onBlur,
  leftSection,
  rightSection,
  rightSectionWidth,
  ...rest
}: Props) {
  const locale = currentLocale();
  const initial = typeof value === 'number' && Number.isFinite(value) ? writeNumber(value, kind, locale) : '';
  const [text, setText] = useState(typeof value === 'string' ? value : initial);
  const reading = useNumberText(text, { kind, allowNegative });

  // A value set from outside (defaults, a reset, a loaded record) replaces the text; the
  // text's own changes never do, so a parent that ignores unreadable text cannot undo typing.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new value from outside counts.
  useEffect(() => {
    if (typeof value === 'number') {
      if (Number.isFinite(value) && reading.value !== value) setText(writeNumber(value, kind, locale));
    } else if ((value ?? '') === '' && reading.value !== undefined) {
      setText('');
    }
  }, [value]);

  return (
    <TextInput
      // Phone keypads for decimals have no minus sign and no letters for "20rb".
      inputMode={kind === 'money' || allowNegative ? 'text' : 'decimal'}
      autoComplete="off"
      value={text}
      onChange={(e) => {
        const next = e.currentTarget.value;
        setText(next);
        const read = readNumberText(next, { kind, locale, allowNegative });
        onChange(read.ok ? (kind === 'money' ? Math.round(read.value) : read.value) : next.trim());
      }}
      onBlur={(e) => {
        if (reading.written !== undefined) setText(reading.written);
        onBlur?.(e);
      }}
      leftSection={kind === 'money' ? <Unit>Rp</Unit> : leftSection}
      rightSection={unit ? <Unit>{unit}</Unit> : rightSection}
      rightSectionWidth={unit ? Math.max(36, unit.length * 9 + 16) : rightSectionWidth}
      error={reading.message ?? error}
      description={reading.readsAs ?? description}
      {...rest}
    />
  );
}

function Unit({ children }: { children: ReactNode }) {
  return (
    <Text component="span" size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
      {children}
    </Text>
  );
}

/**
 * What a NumberText's form value sends: the number it read; NaN for text it could not read
 * (the field says why, and the request's validation refuses it instead of a guess).
 */
export function fieldNumber(value: number | string | null | undefined): number | undefined {
  if (typeof value === 'number') return value;
  return value === null || value === undefined || value.trim() === '' ? undefined : Number.NaN;
}
