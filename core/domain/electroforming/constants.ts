/**
 * Physical and chemical constants of the acid copper electroforming bath, exactly as
 * shared/domain/electroforming.md states them. Every calculator reads them from here so a
 * reviewer can compare one file against the specification.
 */

/** Faraday constant, C/mol (CODATA 2018 exact value). */
export const FARADAY_C_PER_MOL = 96485.33212;

/** Copper: molar mass g/mol, electrons per ion (Cu²⁺ + 2e⁻ → Cu), density g/cm³. */
export const COPPER_MOLAR_MASS_G_PER_MOL = 63.546;
export const COPPER_VALENCE = 2;
export const COPPER_DENSITY_G_PER_CM3 = 8.96;

/** Electrochemical equivalent of copper M/(nF), g/C (≈ 0.329304 mg/C). */
export const COPPER_G_PER_COULOMB = COPPER_MOLAR_MASS_G_PER_MOL / (COPPER_VALENCE * FARADAY_C_PER_MOL);

/** Copper sulfate pentahydrate CuSO₄·5H₂O molar mass, g/mol. */
export const COPPER_SULFATE_PENTAHYDRATE_MOLAR_MASS = 249.68;

/** Mass fraction of copper in CuSO₄·5H₂O (≈ 25.45 %). */
export const COPPER_FRACTION_IN_SULFATE =
  COPPER_MOLAR_MASS_G_PER_MOL / COPPER_SULFATE_PENTAHYDRATE_MOLAR_MASS;

/** Stock chemicals as bought: concentration as % w/w and density g/mL (editable per call). */
export const SULFURIC_ACID_STOCK_PCT = 98;
export const SULFURIC_ACID_STOCK_DENSITY_G_PER_ML = 1.84;
export const HYDROCHLORIC_ACID_STOCK_PCT = 37;
export const HYDROCHLORIC_ACID_STOCK_DENSITY_G_PER_ML = 1.18;

/** Chlorine is 35.453 / 36.461 of the mass of HCl. */
export const CHLORIDE_FRACTION_OF_HCL = 0.97235;

/** Defaults a maker can override per bath or per call. */
export const DEFAULT_EFFICIENCY = 0.95;
export const DEFAULT_RECTIFIER_EFFICIENCY = 0.8;
export const DEFAULT_SHAPE_FACTOR = 0.7;
export const DEFAULT_FACES = 2;
export const DEFAULT_WHOLESALE_MULTIPLIER = 2;
export const DEFAULT_RETAIL_MULTIPLIER = 2;

/**
 * PLN household tariff R-1/TR 1 300–2 200 VA (Rp 1 444,70 per kWh), the meter most small
 * workshops run on. Only a starting value: the office or the maker sets the real one.
 */
export const DEFAULT_PRICE_PER_KWH_IDR = 1444.7;

/**
 * A typical craft bath inside every default window, used when a make-up request leaves a
 * component out.
 */
export const DEFAULT_BATH = {
  copperSulfateGL: 200,
  sulfuricAcidGL: 60,
  chloridePpm: 60,
} as const;

/**
 * Fill with this share of the final volume of water before adding anything: there must be
 * plenty of water for the acid to go into, and room left to top up after dissolving.
 */
export const INITIAL_WATER_FRACTION = 0.7;
