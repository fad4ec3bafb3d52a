import { useMemo } from 'react';
import { DEFAULT_SHAPE_FACTOR } from '../../../../../core/domain/electroforming/constants';
import type { Warning } from '../../../../../core/domain/electroforming/windows';
import type { WorkingStep } from '../../../../../core/domain/electroforming/working';
import { isBlank, type NumberValue, toNumber } from './numbers';
import { useCalculation } from './use-calculation';
import { useStoredState } from './use-stored-state';

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

export function useAreaOutcome(state: AreaState): AreaOutcome {
  const dims = useCalculation(
    {
      kind: 'area',
      lengthCm: toNumber(state.lengthCm) as number,
      widthCm: toNumber(state.widthCm) as number,
      shapeFactor: toNumber(state.shapeFactor) as number,
      faces: 2,
    },
    (['lengthCm', 'widthCm', 'shapeFactor'] as const).filter((f) => isBlank(state[f])),
  );
  return useMemo(() => {
    if (state.mode === 'dims') {
      return {
        areaCm2: dims.result?.areaCm2,
        blank: false,
        errors: dims.errors,
        working: dims.result?.working ?? [],
        warnings: dims.result?.warnings ?? [],
      };
    }
    if (state.mode === 'photo') {
      return {
        areaCm2: state.photoCm2 ?? undefined,
        blank: state.photoCm2 === null,
        errors: {},
        working: [],
        warnings: [],
      };
    }
    const typed = toNumber(state.cm2);
    return {
      areaCm2: typed === undefined ? undefined : state.oneFace ? typed * 2 : typed,
      blank: isBlank(state.cm2),
      errors: {},
      working: [],
      warnings: [],
    };
  }, [state, dims]);
}
