import {
  CHLORIDE_FRACTION_OF_HCL,
  COPPER_FRACTION_IN_SULFATE,
  COPPER_MOLAR_MASS_G_PER_MOL,
  COPPER_SULFATE_PENTAHYDRATE_MOLAR_MASS,
  DEFAULT_BATH,
  HYDROCHLORIC_ACID_STOCK_DENSITY_G_PER_ML,
  HYDROCHLORIC_ACID_STOCK_PCT,
  INITIAL_WATER_FRACTION,
  SULFURIC_ACID_STOCK_DENSITY_G_PER_ML,
  SULFURIC_ACID_STOCK_PCT,
} from './constants';
import type { IssueParams } from './errors';
import { InputChecker } from './limits';
import { bathWarnings, type OperatingWindow, type OperatingWindowName, resolveWindow } from './windows';
import { assertFiniteFigures, type Explained, fmt, step } from './working';

export type BathInput = {
  volumeL: number;
  /** Target CuSO₄·5H₂O, g/L. */
  copperSulfateGL?: number;
  /** Target H₂SO₄ (as pure acid), g/L. */
  sulfuricAcidGL?: number;
  /** Target chloride, ppm taken as mg/L (a dilute bath weighs ≈ 1 kg/L). */
  chloridePpm?: number;
  temperatureC?: number;
  /** Stock chemicals as bought, when they differ from 98 % / 1.84 and 37 % / 1.18. */
  sulfuricAcidStockPct?: number;
  sulfuricAcidStockDensity?: number;
  hydrochloricAcidStockPct?: number;
  hydrochloricAcidStockDensity?: number;
  operatingWindow?: OperatingWindowName | OperatingWindow;
};

export type Note = { key: string; params: IssueParams };

export type BathResult = Explained & {
  copperSulfateG: number;
  /** Copper metal carried by that sulfate. */
  copperG: number;
  copperGL: number;
  sulfuricAcidG: number;
  sulfuricAcidMl: number;
  chlorideMg: number;
  hydrochloricAcidMl: number;
  waterInitialL: number;
  /** Make-up steps in order, as i18n keys with params. */
  procedure: Note[];
  /** Safety notes, first the one that matters most: acid into water. */
  safety: string[];
};

export const SAFETY_NOTE_KEYS = [
  'electroforming:safety.acidIntoWater',
  'electroforming:safety.protection',
  'electroforming:safety.spillTray',
  'electroforming:safety.ventilation',
  'electroforming:safety.noCyanide',
  'electroforming:safety.hazardousWaste',
] as const;

const note = (name: string, params: IssueParams = {}): Note => ({
  key: `electroforming:bath.procedure.${name}`,
  params,
});

/** Grams and millilitres of each chemical for `volumeL` of bath at the target composition. */
export function makeUpBath(input: BathInput): BathResult {
  const v = input.volumeL;
  const cuso4 = input.copperSulfateGL ?? DEFAULT_BATH.copperSulfateGL;
  const h2so4 = input.sulfuricAcidGL ?? DEFAULT_BATH.sulfuricAcidGL;
  const chloride = input.chloridePpm ?? DEFAULT_BATH.chloridePpm;
  const h2so4Pct = input.sulfuricAcidStockPct ?? SULFURIC_ACID_STOCK_PCT;
  const h2so4Density = input.sulfuricAcidStockDensity ?? SULFURIC_ACID_STOCK_DENSITY_G_PER_ML;
  const hclPct = input.hydrochloricAcidStockPct ?? HYDROCHLORIC_ACID_STOCK_PCT;
  const hclDensity = input.hydrochloricAcidStockDensity ?? HYDROCHLORIC_ACID_STOCK_DENSITY_G_PER_ML;
  new InputChecker()
    .check('volumeL', v, 'volumeL')
    .check('copperSulfateGL', cuso4, 'copperSulfateGL')
    .check('sulfuricAcidGL', h2so4, 'sulfuricAcidGL')
    .check('chloridePpm', chloride, 'chloridePpm')
    .check('temperatureC', input.temperatureC, 'temperatureC', true)
    .check('sulfuricAcidStockPct', h2so4Pct, 'stockPct')
    .check('sulfuricAcidStockDensity', h2so4Density, 'densityGMl')
    .check('hydrochloricAcidStockPct', hclPct, 'stockPct')
    .check('hydrochloricAcidStockDensity', hclDensity, 'densityGMl')
    .throwIfAny();

  const copperSulfateG = v * cuso4;
  const copperG = copperSulfateG * COPPER_FRACTION_IN_SULFATE;
  const sulfuricAcidG = v * h2so4;
  const sulfuricAcidMl = sulfuricAcidG / (h2so4Pct / 100) / h2so4Density;
  const chlorideMg = v * chloride;
  const hclG = chlorideMg / 1000 / CHLORIDE_FRACTION_OF_HCL;
  const hydrochloricAcidMl = hclG / (hclPct / 100) / hclDensity;
  const waterInitialL = v * INITIAL_WATER_FRACTION;
  const figures = {
    copperSulfateG,
    copperG,
    copperGL: cuso4 * COPPER_FRACTION_IN_SULFATE,
    sulfuricAcidG,
    sulfuricAcidMl,
    chlorideMg,
    hydrochloricAcidMl,
    waterInitialL,
  };
  assertFiniteFigures(figures);

  return {
    ...figures,
    units: {
      copperSulfateG: 'g',
      copperG: 'g',
      copperGL: 'g/L',
      sulfuricAcidG: 'g',
      sulfuricAcidMl: 'mL',
      chlorideMg: 'mg',
      hydrochloricAcidMl: 'mL',
      waterInitialL: 'L',
    },
    working: [
      step('sulfateMass', 'm_s = V·c_s', `${fmt(v)} L · ${fmt(cuso4)} g/L`, copperSulfateG, 'g'),
      step(
        'copperInSulfate',
        'm_Cu = m_s · M_Cu/M_s',
        `${fmt(copperSulfateG)} g · ${COPPER_MOLAR_MASS_G_PER_MOL} / ${COPPER_SULFATE_PENTAHYDRATE_MOLAR_MASS}`,
        copperG,
        'g',
      ),
      step('acidMass', 'm_a = V·c_a', `${fmt(v)} L · ${fmt(h2so4)} g/L`, sulfuricAcidG, 'g'),
      step(
        'acidVolume',
        'V_a = m_a/(w_a·ρ_a)',
        `${fmt(sulfuricAcidG)} g / (${fmt(h2so4Pct / 100)} · ${fmt(h2so4Density)} g/mL)`,
        sulfuricAcidMl,
        'mL',
      ),
      step('chlorideMass', 'm_Cl = V·c_Cl', `${fmt(v)} L · ${fmt(chloride)} mg/L`, chlorideMg, 'mg'),
      step(
        'hclVolume',
        'V_h = m_Cl/(0.97235·w_h·ρ_h)',
        `${fmt(chlorideMg)} mg / 1000 mg/g / (${CHLORIDE_FRACTION_OF_HCL} · ${fmt(hclPct / 100)} · ${fmt(hclDensity)} g/mL)`,
        hydrochloricAcidMl,
        'mL',
      ),
    ],
    warnings: bathWarnings(
      {
        copperSulfateGL: cuso4,
        sulfuricAcidGL: h2so4,
        chloridePpm: chloride,
        temperatureC: input.temperatureC,
      },
      resolveWindow(input.operatingWindow),
    ),
    procedure: [
      note('water', { liters: waterInitialL }),
      note('acid', { ml: sulfuricAcidMl }),
      note('cool'),
      note('sulfate', { grams: copperSulfateG }),
      note('chloride', { ml: hydrochloricAcidMl }),
      note('topUp', { liters: v }),
      note('condition'),
    ],
    safety: [...SAFETY_NOTE_KEYS],
  };
}
