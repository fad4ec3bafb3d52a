import { InputChecker, LIMITS, withinLimit } from './limits';
import {
  ADM2_PER_DENSITY_UNIT,
  CM2_PER_AREA_UNIT,
  CURRENT_DENSITY_UNITS,
  type CurrentDensityUnit,
} from './units';
import {
  currentDensityWarnings,
  type OperatingWindow,
  type OperatingWindowName,
  resolveWindow,
} from './windows';
import { assertFiniteFigures, type Explained, fmt, step, type WorkingStep } from './working';

export type CurrentInput = {
  /** Both faces, cm². */
  areaCm2: number;
  /** Give the density either in A/dm² here … */
  currentDensityAdm2?: number;
  /** … or in any unit here (A/dm² unless `currentDensityUnit` says otherwise). */
  currentDensity?: number;
  currentDensityUnit?: CurrentDensityUnit;
  operatingWindow?: OperatingWindowName | OperatingWindow;
};

export type CurrentResult = Explained & {
  currentA: number;
  currentDensityAdm2: number;
  areaDm2: number;
  /** The same density in every unit a maker may meet in a manual. */
  currentDensities: Record<CurrentDensityUnit, number>;
};

/** "What current do I set?" I = J·A, with J in A/dm² or any other density unit. */
export function currentFromDensity(input: CurrentInput): CurrentResult {
  const checker = new InputChecker().check('areaCm2', input.areaCm2, 'areaCm2');
  const inAdm2 = input.currentDensityAdm2 !== undefined;
  if (inAdm2 === (input.currentDensity !== undefined)) checker.add('currentDensityAdm2', 'densityOneOf');
  const unit: CurrentDensityUnit = inAdm2 ? 'A/dm2' : (input.currentDensityUnit ?? 'A/dm2');
  if (!(CURRENT_DENSITY_UNITS as readonly string[]).includes(unit)) {
    checker.add('currentDensityUnit', 'unknownUnit', { unit: String(unit) });
  }
  checker.throwIfAny();
  const field = inAdm2 ? 'currentDensityAdm2' : 'currentDensity';
  const given = (inAdm2 ? input.currentDensityAdm2 : input.currentDensity) as number;
  // The density limit is in A/dm², so check after converting whatever unit came in.
  const adm2 = given * ADM2_PER_DENSITY_UNIT[unit];
  const lim = LIMITS.currentDensityAdm2;
  if (typeof given !== 'number' || !withinLimit(adm2, lim)) {
    checker.add(field, lim.key, { min: lim.min, max: lim.max, unit: 'A/dm2' });
  }
  checker.throwIfAny();

  const areaDm2 = input.areaCm2 / CM2_PER_AREA_UNIT.dm2;
  // Multiplying by cm²/100 rather than by dm² keeps 1.5 × 60/100 an exact 0.9.
  const currentA = (adm2 * input.areaCm2) / CM2_PER_AREA_UNIT.dm2;
  const working: WorkingStep[] = [
    step('areaToDm2', 'A = A[cm²]/100', `${fmt(input.areaCm2)}/100`, areaDm2, 'dm2'),
  ];
  if (unit !== 'A/dm2') {
    working.push(
      step(
        'convertDensity',
        `J[A/dm²] = J[${unit.replace('2', '²')}] · k`,
        `${fmt(given)} · ${fmt(ADM2_PER_DENSITY_UNIT[unit])}`,
        adm2,
        'A/dm2',
      ),
    );
  }
  working.push(
    step('currentFromDensity', 'I = J·A', `${fmt(adm2)} A/dm² · ${fmt(areaDm2)} dm²`, currentA, 'A'),
  );
  const currentDensities = Object.fromEntries(
    CURRENT_DENSITY_UNITS.map((u) => [u, adm2 / ADM2_PER_DENSITY_UNIT[u]]),
  ) as Record<CurrentDensityUnit, number>;
  const figures = { currentA, currentDensityAdm2: adm2, areaDm2 };
  assertFiniteFigures({ ...figures, ...currentDensities });
  return {
    ...figures,
    currentDensities,
    units: { currentA: 'A', currentDensityAdm2: 'A/dm2', areaDm2: 'dm2' },
    working,
    warnings: currentDensityWarnings(field, adm2, resolveWindow(input.operatingWindow)),
  };
}

export type DensityInput = {
  areaCm2: number;
  currentA: number;
  operatingWindow?: OperatingWindowName | OperatingWindow;
};

/** "Is the current I set right for this piece?" J = I/A, with the window warning. */
export function densityFromCurrent(input: DensityInput): CurrentResult {
  new InputChecker()
    .check('areaCm2', input.areaCm2, 'areaCm2')
    .check('currentA', input.currentA, 'currentA')
    .throwIfAny();
  new InputChecker().checkDensity('currentA', input.currentA, input.areaCm2).throwIfAny();
  const adm2 = input.currentA / (input.areaCm2 / CM2_PER_AREA_UNIT.dm2);
  const result = currentFromDensity({
    areaCm2: input.areaCm2,
    currentDensityAdm2: adm2,
    operatingWindow: input.operatingWindow,
  });
  const areaDm2 = result.areaDm2;
  return {
    ...result,
    working: [
      result.working[0],
      step('currentDensity', 'J = I/A', `${fmt(input.currentA)} A / ${fmt(areaDm2)} dm²`, adm2, 'A/dm2'),
    ],
    warnings: result.warnings.map((w) => ({ ...w, field: 'currentA' })),
  };
}
