import type { i18n as I18n } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { areaFromDimensions } from '#core/domain/electroforming/area';
import { DEFAULT_SHAPE_FACTOR } from '#core/domain/electroforming/constants';
import { isElectroformingInputError } from '#core/domain/electroforming/errors';
import type { Warning } from '#core/domain/electroforming/windows';
import type { WorkingStep } from '#core/domain/electroforming/working';
import { useStoredState } from '../hooks/use-stored-state';
import { translateMessage } from './messages';
import { isBlank, type NumberValue, toNumber } from './numbers';

export const AREA_MODES = ['dims', 'cm2', 'photo'] as const;
export type AreaMode = (typeof AREA_MODES)[number];

export type AreaState = {
  mode: AreaMode;
  cm2: NumberValue;
  /** The typed cm² is one face only; the calculators need both. */
  oneFace: boolean;
  lengthCm: NumberValue;
  widthCm: NumberValue;
  shapeFactor: NumberValue;
  /** Both faces, from the last photo measurement. */
  photoCm2: number | null;
};

export const AREA_DEFAULTS: AreaState = {
  mode: 'dims',
  cm2: 60,
  oneFace: false,
  lengthCm: 8,
  widthCm: 5,
  shapeFactor: DEFAULT_SHAPE_FACTOR,
  photoCm2: null,
};

/** One area for every calculator: measured once, it follows the maker from page to page. */
export function useSharedArea() {
  return useStoredState('area', AREA_DEFAULTS);
}

export type AreaOutcome = {
  /** Both faces, cm²; undefined while not known. */
  areaCm2: number | undefined;
  /** Nothing entered yet (the calculators then ask for it). */
  blank: boolean;
  /** Errors of the L × W × k fields. */
  errors: Record<string, string>;
  working: WorkingStep[];
  warnings: Warning[];
};

/** The area a state stands for (pure, so a list of pieces can be computed in one go). */
export function computeArea(state: AreaState, i18n: I18n): AreaOutcome {
  if (state.mode === 'photo') {
    return {
      areaCm2: state.photoCm2 ?? undefined,
      blank: state.photoCm2 === null,
      errors: {},
      working: [],
      warnings: [],
    };
  }
  if (state.mode === 'cm2') {
    const typed = toNumber(state.cm2);
    return {
      areaCm2: typed === undefined ? undefined : state.oneFace ? typed * 2 : typed,
      blank: isBlank(state.cm2),
      errors: {},
      working: [],
      warnings: [],
    };
  }
  const errors: Record<string, string> = {};
  for (const field of ['lengthCm', 'widthCm', 'shapeFactor'] as const) {
    if (isBlank(state[field])) errors[field] = i18n.t('electroforming:ui.errors.required');
  }
  try {
    const result = areaFromDimensions({
      lengthCm: toNumber(state.lengthCm) as number,
      widthCm: toNumber(state.widthCm) as number,
      shapeFactor: toNumber(state.shapeFactor) as number,
      faces: 2,
    });
    if (Object.keys(errors).length === 0) {
      return {
        areaCm2: result.areaCm2,
        blank: false,
        errors,
        working: result.working,
        warnings: result.warnings,
      };
    }
  } catch (error) {
    if (!isElectroformingInputError(error)) throw error;
    for (const issue of error.issues) errors[issue.field] ??= translateMessage(i18n, issue.key, issue.params);
  }
  return { areaCm2: undefined, blank: false, errors, working: [], warnings: [] };
}

export function useAreaOutcome(state: AreaState): AreaOutcome {
  const { i18n } = useTranslation();
  return useMemo(() => computeArea(state, i18n), [state, i18n, i18n.language]);
}
