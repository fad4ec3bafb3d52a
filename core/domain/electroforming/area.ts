import { DEFAULT_COIN_ID, findCoin, REFERENCE_COINS, type ReferenceCoin } from './coins';
import { DEFAULT_FACES, DEFAULT_SHAPE_FACTOR } from './constants';
import { InputChecker } from './limits';
import { CM2_PER_AREA_UNIT } from './units';
import { LEAF_SHAPE_FACTOR, MIN_COIN_PIXELS, warning } from './windows';
import { assertFiniteFigures, type Explained, fmt, step } from './working';

export type AreaResult = Explained & {
  /** All faces together: the area the current is spread over. */
  areaCm2: number;
  perFaceCm2: number;
  areaDm2: number;
  areaIn2: number;
};

function finish<E extends Record<string, number>>(
  perFaceCm2: number,
  faces: number,
  head: Explained['working'],
  extra: E,
) {
  const areaCm2 = perFaceCm2 * faces;
  const figures = {
    areaCm2,
    perFaceCm2,
    areaDm2: areaCm2 / CM2_PER_AREA_UNIT.dm2,
    areaIn2: areaCm2 / CM2_PER_AREA_UNIT.in2,
    ...extra,
  };
  assertFiniteFigures(figures);
  const total = step('facesTotal', 'A = A₁·n', `${fmt(perFaceCm2)} cm² · ${faces}`, areaCm2, 'cm2');
  return { figures, working: [...head, total] };
}

export type DimensionsInput = {
  lengthCm: number;
  widthCm: number;
  /** Share of the bounding rectangle the outline fills; leaves 0.5–0.8. */
  shapeFactor?: number;
  faces?: number;
};

/** A = L × W × k × faces. */
export function areaFromDimensions(input: DimensionsInput): AreaResult {
  const shapeFactor = input.shapeFactor ?? DEFAULT_SHAPE_FACTOR;
  const faces = input.faces ?? DEFAULT_FACES;
  new InputChecker()
    .check('lengthCm', input.lengthCm, 'lengthCm')
    .check('widthCm', input.widthCm, 'lengthCm')
    .check('shapeFactor', shapeFactor, 'shapeFactor')
    .check('faces', faces, 'faces')
    .throwIfAny();
  const perFace = input.lengthCm * input.widthCm * shapeFactor;
  const warnings =
    shapeFactor < LEAF_SHAPE_FACTOR.min || shapeFactor > LEAF_SHAPE_FACTOR.max
      ? [warning('shapeFactorUnusual', 'shapeFactor', { value: shapeFactor, ...LEAF_SHAPE_FACTOR })]
      : [];
  const { figures, working } = finish(
    perFace,
    faces,
    [
      step(
        'areaFromDimensions',
        'A₁ = L·W·k',
        `${fmt(input.lengthCm)} cm · ${fmt(input.widthCm)} cm · ${fmt(shapeFactor)}`,
        perFace,
        'cm2',
      ),
    ],
    {},
  );
  return {
    ...figures,
    units: { areaCm2: 'cm2', perFaceCm2: 'cm2', areaDm2: 'dm2', areaIn2: 'in2' },
    working,
    warnings,
  };
}

export type PhotoAreaInput = {
  /** Pixels inside the object's outline. */
  objectPixels: number;
  /** Pixels inside the coin's outline, in the same photo. */
  coinPixels: number;
  /** A known coin from `coins` (default Rp1.000) … */
  coinId?: string;
  /** … or any round reference of this diameter; wins over `coinId`. */
  coinDiameterMm?: number;
  faces?: number;
  coins?: readonly ReferenceCoin[];
};

export type PhotoAreaResult = AreaResult & {
  coinAreaCm2: number;
  coinDiameterMm: number;
  cm2PerPixel: number;
};

/** A = object pixels / coin pixels × coin area × faces (object and coin flat, same plane). */
export function areaFromPhoto(input: PhotoAreaInput): PhotoAreaResult {
  const faces = input.faces ?? DEFAULT_FACES;
  const checker = new InputChecker()
    .check('objectPixels', input.objectPixels, 'pixels')
    .check('coinPixels', input.coinPixels, 'pixels')
    .check('faces', faces, 'faces')
    .check('coinDiameterMm', input.coinDiameterMm, 'coinDiameterMm', true);
  let diameterMm = input.coinDiameterMm;
  if (diameterMm === undefined) {
    const coinId = input.coinId ?? DEFAULT_COIN_ID;
    diameterMm = findCoin(coinId, input.coins ?? REFERENCE_COINS)?.diameterMm;
    if (diameterMm === undefined) checker.add('coinId', 'unknownCoin', { coinId });
  }
  checker.throwIfAny();
  const d = diameterMm as number;
  const coinAreaCm2 = (Math.PI * (d / 2) ** 2) / 100;
  const ratio = input.objectPixels / input.coinPixels;
  const perFace = ratio * coinAreaCm2;
  const warnings =
    input.coinPixels < MIN_COIN_PIXELS
      ? [warning('photoCoinSmall', 'coinPixels', { value: input.coinPixels, min: MIN_COIN_PIXELS })]
      : [];
  const { figures, working } = finish(
    perFace,
    faces,
    [
      step('coinArea', 'A_c = π·(d/2)²', `π · (${fmt(d)} mm / 2)² / 100 mm²/cm²`, coinAreaCm2, 'cm2'),
      step(
        'areaFromPhoto',
        'A₁ = P_o/P_c · A_c',
        `${fmt(input.objectPixels)} px / ${fmt(input.coinPixels)} px · ${fmt(coinAreaCm2)} cm²`,
        perFace,
        'cm2',
      ),
    ],
    { coinAreaCm2, coinDiameterMm: d, cm2PerPixel: coinAreaCm2 / input.coinPixels },
  );
  return {
    ...figures,
    units: {
      areaCm2: 'cm2',
      perFaceCm2: 'cm2',
      areaDm2: 'dm2',
      areaIn2: 'in2',
      coinAreaCm2: 'cm2',
      coinDiameterMm: 'mm',
      cm2PerPixel: 'cm2',
    },
    working,
    warnings,
  };
}
