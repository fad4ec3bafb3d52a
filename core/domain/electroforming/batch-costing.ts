import type { Segment } from './batch-plan';
import { COPPER_DENSITY_G_PER_CM3 as RHO } from './constants';
import { copperConsumed } from './copper';
import { energyCost } from './energy';
import { ruleError } from './errors';
import type { RunStep } from './faraday';
import { DEFAULT_PRICE_ROUNDING, type PriceRounding, roundPrice } from './price-rounding';
import { type CostLine, type PriceResult, priceProduct } from './pricing';
import type { Warning } from './windows';
import { fmt, step, type WorkingStep } from './working';

/** Costing of one batch: copper, electricity, materials, labour → batch and per-piece prices. */

const recordKey = (name: string) => `electroforming:records.${name}`;

export type QcOutcome = 'pass' | 'rework' | 'reject';

/** Office rates: exchange rates and the electricity price. */
export type Rates = { idrPerUsd: number; idrPerEur: number; pricePerKwhIdr: number };

/** What the maker enters to cost a batch (batch totals, except findings per piece priced). */
export type CostingOptions = {
  copperPricePerKgIdr: number;
  paintIdr: number;
  sealantIdr: number;
  otherMaterialsIdr: number;
  findingsPerPieceIdr: number;
  /** `auto`: the readings once the run has stopped, else the plan. */
  electricitySource: 'auto' | 'readings' | 'plan';
  /** For readings without a voltage, and for the plan. */
  volts?: number;
  rectifierEfficiency: number;
  /** Wins over the office electricity price. */
  pricePerKwhIdr?: number;
  labourHours: number;
  labourRateIdr: number;
  overheadPct: number;
  wholesaleMultiplier: number;
  retailMultiplier: number;
  /** How the per-piece prices are rounded; the batch prices are those × the pieces priced. */
  rounding?: PriceRounding;
};

export type PriceFigures = {
  materialsIdr: number;
  electricityIdr: number;
  labourIdr: number;
  directCostIdr: number;
  overheadIdr: number;
  costIdr: number;
  wholesaleIdr: number;
  retailIdr: number;
  rounding?: PriceRounding;
  wholesaleUsd: number;
  retailUsd: number;
  wholesaleEur: number;
  retailEur: number;
  breakdown: CostLine[];
};

export type CostingBasis = {
  pieces: number;
  /** Pieces the batch cost is spread over: those that passed QC once any QC exists, else all. */
  piecesPriced: number;
  piecesBasis: 'passed' | 'all';
  totalAreaCm2: number;
  copperMassG: number;
  electricitySource: 'readings' | 'plan';
  hours: number;
  kwh: number;
  copperPricePerKgIdr: number;
  rectifierEfficiency: number;
};

export type BatchCosting = {
  basis: CostingBasis;
  rates: Rates;
  batch: PriceFigures;
  perPiece: PriceFigures;
  working: WorkingStep[];
  warnings: Warning[];
};

export type CostingArgs = {
  pieces: readonly { areaCm2: number; targetThicknessUm: number; qcOutcome: QcOutcome | null }[];
  planSteps: readonly RunStep[];
  /** Segments of the actual run, or null while the run has no readings or no stop. */
  readingSegments: readonly Segment[] | null;
  /** Costs recorded on finishing steps (silver solution, lacquer …). */
  finishingCostIdr: number;
  input: CostingOptions;
  /** Office rates; `input.pricePerKwhIdr` wins over the office electricity price. */
  rates: Rates;
};

export function toPriceFigures(r: PriceResult): PriceFigures {
  return {
    materialsIdr: r.materialsIdr,
    electricityIdr: r.electricityIdr,
    labourIdr: r.labourIdr,
    directCostIdr: r.directCostIdr,
    overheadIdr: r.overheadIdr,
    costIdr: r.costIdr,
    wholesaleIdr: r.wholesaleIdr,
    retailIdr: r.retailIdr,
    rounding: r.rounding,
    wholesaleUsd: r.wholesaleUsd ?? 0,
    retailUsd: r.retailUsd ?? 0,
    wholesaleEur: r.wholesaleEur ?? 0,
    retailEur: r.retailEur ?? 0,
    breakdown: r.breakdown,
  };
}

/** The same figures shared over `n` pieces; shares of the cost stay as they are. */
export function perPiece(f: PriceFigures, n: number): PriceFigures {
  const d = (x: number) => x / n;
  return {
    materialsIdr: d(f.materialsIdr),
    electricityIdr: d(f.electricityIdr),
    labourIdr: d(f.labourIdr),
    directCostIdr: d(f.directCostIdr),
    overheadIdr: d(f.overheadIdr),
    costIdr: d(f.costIdr),
    wholesaleIdr: d(f.wholesaleIdr),
    retailIdr: d(f.retailIdr),
    wholesaleUsd: d(f.wholesaleUsd),
    retailUsd: d(f.retailUsd),
    wholesaleEur: d(f.wholesaleEur),
    retailEur: d(f.retailEur),
    breakdown: f.breakdown.map((line) => ({ ...line, idr: d(line.idr) })),
  };
}

function electricity(args: CostingArgs, pricePerKwhIdr: number) {
  const { input, readingSegments } = args;
  const useReadings =
    input.electricitySource === 'readings' ||
    (input.electricitySource === 'auto' && readingSegments !== null);
  if (useReadings && readingSegments === null) {
    throw ruleError('electricitySource', recordKey('readingsUnavailable'));
  }
  const segments: readonly Segment[] =
    useReadings && readingSegments
      ? readingSegments
      : args.planSteps.map((s) => ({ currentA: s.currentA, volts: null, seconds: s.minutes * 60 }));
  let wh = 0;
  let costIdr = 0;
  let hours = 0;
  for (const s of segments) {
    const volts = s.volts ?? input.volts;
    if (volts === undefined) throw ruleError('volts', recordKey('voltsRequired'));
    const e = energyCost({
      currentA: s.currentA,
      volts,
      hours: s.seconds / 3600,
      rectifierEfficiency: input.rectifierEfficiency,
      pricePerKwhIdr,
    });
    wh += e.wh;
    costIdr += e.costIdr;
    hours += s.seconds / 3600;
  }
  return { source: useReadings ? ('readings' as const) : ('plan' as const), wh, costIdr, hours };
}

export function costBatch(args: CostingArgs): BatchCosting {
  const { input, pieces } = args;
  const pricePerKwhIdr = input.pricePerKwhIdr ?? args.rates.pricePerKwhIdr;
  const copper = pieces.map((p) =>
    copperConsumed({
      areaCm2: p.areaCm2,
      thicknessUm: p.targetThicknessUm,
      pricePerKgIdr: input.copperPricePerKgIdr,
    }),
  );
  const copperMassG = copper.reduce((sum, c) => sum + c.massG, 0);
  const copperIdr = copper.reduce((sum, c) => sum + (c.costIdr ?? 0), 0);
  const power = electricity(args, pricePerKwhIdr);

  // Rejects still cost copper, power and work: their cost is carried by the pieces that passed.
  const passed = pieces.filter((p) => p.qcOutcome === 'pass').length;
  const anyQc = pieces.some((p) => p.qcOutcome !== null);
  const piecesBasis = anyQc && passed > 0 ? ('passed' as const) : ('all' as const);
  const piecesPriced = piecesBasis === 'passed' ? passed : pieces.length;

  const price = priceProduct({
    copperIdr,
    paintIdr: input.paintIdr,
    sealantIdr: input.sealantIdr,
    materialsIdr: input.otherMaterialsIdr + args.finishingCostIdr,
    findingsIdr: input.findingsPerPieceIdr * piecesPriced,
    electricityIdr: power.costIdr,
    labourHours: input.labourHours,
    labourRateIdr: input.labourRateIdr,
    overheadPct: input.overheadPct,
    wholesaleMultiplier: input.wholesaleMultiplier,
    retailMultiplier: input.retailMultiplier,
    idrPerUsd: args.rates.idrPerUsd,
    idrPerEur: args.rates.idrPerEur,
    rounding: 'exact',
  });
  // A price is set per piece: round there by the maker's rule, and let the batch prices be
  // exactly those prices × the pieces priced (so screen, sheet and stored value agree).
  const rounding = input.rounding ?? DEFAULT_PRICE_ROUNDING;
  const costOnly = toPriceFigures(price);
  const piece = perPiece(costOnly, piecesPriced);
  const wholesalePiece = roundPrice((costOnly.costIdr * input.wholesaleMultiplier) / piecesPriced, rounding);
  const retailPiece = roundPrice(wholesalePiece * input.retailMultiplier, rounding);
  const { idrPerUsd, idrPerEur } = args.rates;
  const withPrices = (f: PriceFigures, wholesaleIdr: number, retailIdr: number): PriceFigures => ({
    ...f,
    wholesaleIdr,
    retailIdr,
    rounding,
    wholesaleUsd: wholesaleIdr / idrPerUsd,
    retailUsd: retailIdr / idrPerUsd,
    wholesaleEur: wholesaleIdr / idrPerEur,
    retailEur: retailIdr / idrPerEur,
  });
  const batch = withPrices(costOnly, wholesalePiece * piecesPriced, retailPiece * piecesPriced);
  const priced = withPrices(piece, wholesalePiece, retailPiece);
  const ruleParams = { rule: rounding };
  const terms = pieces.map((p) => `${fmt(p.areaCm2)} cm² · ${fmt(p.targetThicknessUm)} µm`).join(' + ');
  const working: WorkingStep[] = [
    step('massFromThickness', 'm = ρ·Σ A·δ', `${RHO} g/cm³ · (${terms}) · 10⁻⁴ cm/µm`, copperMassG, 'g'),
    step(
      'copperCost',
      'C_cu = m/1000 · p',
      `${fmt(copperMassG)} g / 1000 · ${fmt(input.copperPricePerKgIdr)} Rp/kg`,
      copperIdr,
      'IDR',
    ),
    step(
      'energyCost',
      'C_e = Σ V·I·t/η_r /1000 · p',
      `${fmt(power.wh)} Wh / 1000 · ${fmt(pricePerKwhIdr)} Rp/kWh`,
      power.costIdr,
      'IDR',
    ),
    ...price.working.filter((w) => !/(Price|export\w+)$/.test(w.key)),
    step(
      'wholesalePerPiece',
      'P_w = ⌈HPP·k_w / n⌉',
      `⌈${fmt(costOnly.costIdr)} · ${fmt(input.wholesaleMultiplier)} / ${piecesPriced}⌉`,
      wholesalePiece,
      'IDR',
      ruleParams,
    ),
    step(
      'retailPerPiece',
      'P_r = ⌈P_w·k_r⌉',
      `⌈${fmt(wholesalePiece)} · ${fmt(input.retailMultiplier)}⌉`,
      retailPiece,
      'IDR',
      ruleParams,
    ),
  ];
  return {
    basis: {
      pieces: pieces.length,
      piecesPriced,
      piecesBasis,
      totalAreaCm2: pieces.reduce((sum, p) => sum + p.areaCm2, 0),
      copperMassG,
      electricitySource: power.source,
      hours: power.hours,
      kwh: power.wh / 1000,
      copperPricePerKgIdr: input.copperPricePerKgIdr,
      rectifierEfficiency: input.rectifierEfficiency,
    },
    rates: { ...args.rates, pricePerKwhIdr },
    batch,
    perPiece: priced,
    working,
    warnings: price.warnings,
  };
}
