import { describe, expect, it } from 'vitest';
import * as scenes from './fixtures/scenarios';
import * as stress from './fixtures/scenarios-stress';
import { renderScene } from './fixtures/scene';
import { analyzePhoto, componentAt, measurePhoto, type PhotoAreaResult, segment } from './index';

const COIN = { coinDiameterMm: scenes.COIN_MM };

function relativeError(result: PhotoAreaResult, truth: number): number {
  expect(result.objectAreaMm2).not.toBeNull();
  return (result.objectAreaMm2 as number) / truth - 1;
}

/** Every number anywhere in the result must be finite (nothing NaN/Infinity leaks to the UI). */
function expectAllFinite(value: unknown, path = 'result'): void {
  if (typeof value === 'number') {
    expect(Number.isFinite(value), `${path} = ${value}`).toBe(true);
  } else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) expectAllFinite(v, `${path}[${i}]`);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) expectAllFinite(v, `${path}.${k}`);
  }
}

const ACCURACY_CASES = [
  scenes.ellipseLeaf,
  scenes.lobedLeafWithStem,
  scenes.leafWithHole,
  scenes.darkTwig,
  scenes.paleLeaf,
  scenes.goldCoinStrongVignette,
  scenes.tiltedPhoto,
  stress.veinedLeaf,
  stress.hardShadows,
  stress.coinNearLeaf,
  stress.tableShowing,
  stress.noisyPhoto,
];

describe('segment: area of synthetic photos with known area', () => {
  it.each(ACCURACY_CASES.map((make) => [make().name, make] as const))('%s', (_name, make) => {
    const scenario = make();
    const result = segment(renderScene(scenario.spec), COIN);
    const error = relativeError(result, scenario.objectAreaMm2);
    // The feature asks for 5 %; the pipeline is built for ~1 %, so hold it to 2 %.
    expect(Math.abs(error)).toBeLessThan(0.02);
    expect(result.coin).not.toBeNull();
    const coin = result.coin!;
    const truth = scenario.coin!;
    expect(Math.hypot(coin.center[0] - truth.cx, coin.center[1] - truth.cy)).toBeLessThan(2);
    expect(result.objects).toHaveLength(1);
    expect(result.objectAreaCm2BothFaces).toBeCloseTo((2 * (result.objectAreaMm2 as number)) / 100, 10);
    expect(result.warnings.filter((w) => w !== 'photoArea.coinNotRound')).toEqual([]);
    expectAllFinite(result);
  });

  it('finds the coin radius to a fraction of a pixel and reports a clean fit', () => {
    const scenario = scenes.ellipseLeaf();
    const result = segment(renderScene(scenario.spec), COIN);
    expect(result.coin!.fittedRadiusPx).toBeCloseTo(scenario.coin!.r, 0);
    expect(result.coin!.edgeInlierFraction).toBeGreaterThan(0.9);
    expect(result.coin!.circularity).toBeGreaterThan(0.95);
    expect(result.mmPerPixel).toBeCloseTo(1 / scenario.pxPerMm, 3);
    expect(result.confidence).toBe('high');
  });

  it('keeps a real hole out of the area and outlines it', () => {
    const scenario = scenes.leafWithHole();
    const result = segment(renderScene(scenario.spec), COIN);
    expect(result.objects[0].holes).toHaveLength(1);
    const holeMm2 = Math.PI * 6 * 4;
    const component = result.components.find((c) => c.id === result.objects[0].componentId)!;
    const holeAreaMm2 = component.holePixelArea * result.mmPerPixel! ** 2;
    expect(Math.abs(holeAreaMm2 / holeMm2 - 1)).toBeLessThan(0.1);
  });

  it('accepts a slanted photo (coin seen as an ellipse) and says so', () => {
    const scenario = scenes.tiltedPhoto();
    const result = segment(renderScene(scenario.spec), COIN);
    expect(result.warnings).toContain('photoArea.coinNotRound');
    const [a, b] = result.coin!.semiAxesPx;
    expect(b / a).toBeCloseTo(0.8, 1);
    expect(Math.abs(relativeError(result, scenario.objectAreaMm2))).toBeLessThan(0.02);
  });

  it('gives the same area when the working image is smaller (area bookkeeping is exact)', () => {
    const scenario = scenes.lobedLeafWithStem();
    const image = renderScene(scenario.spec);
    for (const maxWorkingSide of [1600, 700, 400]) {
      const result = segment(image, { ...COIN, maxWorkingSide });
      expect(Math.abs(relativeError(result, scenario.objectAreaMm2))).toBeLessThan(0.03);
    }
  });
});

describe('segment: warnings', () => {
  it('warns when there is no coin and returns no area', () => {
    const result = segment(renderScene(scenes.noCoin().spec), COIN);
    expect(result.warnings).toContain('photoArea.noCoinFound');
    expect(result.coin).toBeNull();
    expect(result.mmPerPixel).toBeNull();
    expect(result.objectAreaMm2).toBeNull();
    expect(result.objectAreaCm2BothFaces).toBeNull();
    expect(result.objects).toHaveLength(1);
    expect(result.confidence).toBe('low');
    expectAllFinite(result);
  });

  it('warns when the object is cut by the edge of the photo', () => {
    const result = segment(renderScene(scenes.leafOffEdge().spec), COIN);
    expect(result.warnings).toContain('photoArea.objectTouchesEdge');
    expect(result.confidence).toBe('medium');
  });

  it('warns about two coin candidates but still measures with the roundest', () => {
    const scenario = scenes.twoCoins();
    const result = segment(renderScene(scenario.spec), COIN);
    expect(result.warnings).toContain('photoArea.multipleCoinCandidates');
    expect(Math.abs(relativeError(result, scenario.objectAreaMm2))).toBeLessThan(0.02);
  });

  it('measures a faint object but flags the low contrast', () => {
    const scenario = scenes.faintLeaf();
    const result = segment(renderScene(scenario.spec), COIN);
    expect(result.warnings).toContain('photoArea.lowContrast');
    expect(Math.abs(relativeError(result, scenario.objectAreaMm2))).toBeLessThan(0.05);
  });

  it('reports an empty sheet without inventing anything', () => {
    const spec = { ...scenes.ellipseLeaf().spec, items: [] };
    const result = segment(renderScene(spec), COIN);
    expect(result.warnings).toEqual(
      expect.arrayContaining(['photoArea.noCoinFound', 'photoArea.noObjectFound']),
    );
    expect(result.components).toEqual([]);
    expectAllFinite(result);
  });
});

describe('analyzePhoto + measurePhoto: caller overrides', () => {
  it('sums several pieces when the caller names them', () => {
    const scenario = scenes.twoPieces();
    const seg = analyzePhoto(renderScene(scenario.spec));
    const auto = measurePhoto(seg, COIN);
    expect(auto.objects).toHaveLength(1);
    const coinId = auto.coin!.componentId;
    const pieces = seg.components.filter((c) => c.id !== coinId).map((c) => c.id);
    expect(pieces).toHaveLength(2);
    const both = measurePhoto(seg, { ...COIN, objectComponentIds: [...pieces, coinId] });
    expect(both.objects.map((o) => o.componentId).sort()).toEqual(pieces.sort());
    expect(Math.abs(relativeError(both, scenario.objectAreaMm2))).toBeLessThan(0.02);
  });

  it('lets the caller pick the coin, e.g. by tapping it', () => {
    const scenario = scenes.twoCoins();
    const seg = analyzePhoto(renderScene(scenario.spec));
    const lower = componentAt(seg, 330, 870);
    expect(lower).not.toBeNull();
    const result = measurePhoto(seg, { ...COIN, coinComponentId: lower! });
    expect(result.coin!.componentId).toBe(lower);
    expect(result.warnings).not.toContain('photoArea.multipleCoinCandidates');
    expect(result.coin!.center[1]).toBeCloseTo(870, -1);
    expect(componentAt(seg, 5, 5)).toBeNull();
  });

  it('rejects unknown component ids and a bad coin diameter', () => {
    const seg = analyzePhoto(renderScene(scenes.ellipseLeaf().spec));
    expect(() => measurePhoto(seg, { ...COIN, coinComponentId: 999 })).toThrow(RangeError);
    expect(() => measurePhoto(seg, { ...COIN, objectComponentIds: [999] })).toThrow(RangeError);
    expect(() => measurePhoto(seg, { coinDiameterMm: 0 })).toThrow(RangeError);
    expect(() => measurePhoto(seg, { coinDiameterMm: Number.NaN })).toThrow(RangeError);
  });

  it('rejects malformed images', () => {
    expect(() => segment({ width: 10, height: 10, data: new Uint8ClampedArray(10) }, COIN)).toThrow(
      RangeError,
    );
    expect(() => segment({ width: 2, height: 2, data: new Uint8ClampedArray(16) }, COIN)).toThrow(RangeError);
  });
});

describe('outlines for confirmation', () => {
  it('returns simplified full-resolution polygons that match the measured area', () => {
    const scenario = scenes.ellipseLeaf();
    const result = segment(renderScene(scenario.spec), COIN);
    const { contour, bbox } = result.objects[0];
    expect(contour.length).toBeGreaterThan(16);
    expect(contour.length).toBeLessThan(400);
    let twice = 0;
    for (let i = 0, j = contour.length - 1; i < contour.length; j = i++) {
      twice += contour[j][0] * contour[i][1] - contour[i][0] * contour[j][1];
      expect(contour[i][0]).toBeGreaterThanOrEqual(bbox.x);
      expect(contour[i][0]).toBeLessThanOrEqual(bbox.x + bbox.width);
    }
    // Pixel-centre outline: slightly inside the true edge, within ~2 % for a leaf this size.
    expect(Math.abs(twice / 2) / result.objects[0].pixelArea).toBeGreaterThan(0.97);
    expect(Math.abs(twice / 2) / result.objects[0].pixelArea).toBeLessThanOrEqual(1);
    expect(result.coin!.contour.length).toBe(72);
  });
});

describe('performance', () => {
  it('processes a 12-megapixel photo quickly and accurately', () => {
    const scenario = scenes.phone12mp();
    const image = renderScene(scenario.spec);
    segment(image, COIN); // warm-up: the browser's JIT is warm after the first photo too
    const t0 = performance.now();
    const result = segment(image, COIN);
    const ms = performance.now() - t0;
    console.info(`photo-area: 12 MP photo in ${ms.toFixed(0)} ms`);
    // ~0.3 s on an idle laptop core; generous bound for a loaded CI machine.
    expect(ms).toBeLessThan(3000);
    expect(Math.abs(relativeError(result, scenario.objectAreaMm2))).toBeLessThan(0.02);
  });
});
