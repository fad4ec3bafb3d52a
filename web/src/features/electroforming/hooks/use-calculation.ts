import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type CalculateKind,
  type CalculateRequest,
  type CalculateResponse,
  calculate,
} from '#core/domain/electroforming/calculate';
import { isElectroformingInputError } from '#core/domain/electroforming/errors';
import { translateMessage } from '../lib/messages';

type Kind = CalculateKind;
export type RequestOf<K extends Kind> = Extract<CalculateRequest, { kind: K }>;
export type ResultOf<K extends Kind> = Extract<CalculateResponse, { kind: K }>;

export type Calculation<K extends Kind> = {
  /** null while any input is missing or refused. */
  result: ResultOf<K> | null;
  /** Input field (the core's dotted path) → translated message. */
  errors: Record<string, string>;
};

/**
 * Runs a core calculator in the browser on every change (no network: it works offline).
 * `blank` lists fields the maker left empty; they get "fill this in" rather than a range
 * message. Refusals become translated field messages; nothing non-finite reaches the screen.
 */
export function useCalculation<K extends Kind>(request: RequestOf<K>, blank: string[] = []): Calculation<K> {
  const { i18n } = useTranslation();
  const signature = JSON.stringify(request);
  const blankKey = blank.join('|');
  // biome-ignore lint/correctness/useExhaustiveDependencies: the request is compared by value.
  return useMemo(() => {
    const errors: Record<string, string> = {};
    for (const field of blank) errors[field] = i18n.t('electroforming:ui.errors.required');
    let result: ResultOf<K> | null = null;
    try {
      result = calculate(request) as ResultOf<K>;
    } catch (error) {
      if (isElectroformingInputError(error)) {
        for (const issue of error.issues) {
          errors[issue.field] ??= translateMessage(i18n, issue.key, issue.params);
        }
      } else {
        errors._ = i18n.t('errors:unexpected');
      }
    }
    if (Object.keys(errors).length > 0) return { result: null, errors };
    return { result, errors };
  }, [signature, blankKey, i18n, i18n.language]);
}

/** The messages of fields that have no input of their own on the page (shown in a summary). */
export function otherErrors(errors: Record<string, string>, shown: readonly string[]): string[] {
  return [
    ...new Set(
      Object.entries(errors)
        .filter(([field]) => !shown.includes(field))
        .map(([, message]) => message),
    ),
  ];
}
