import { fitCoinOutline } from './coin-edge';
import type { RobustEllipse } from './ellipse-fit';
import type {
  CoinMeasurement,
  ObjectMeasurement,
  PhotoAreaResult,
  PhotoAreaWarning,
  PhotoComponent,
  PhotoSegmentation,
  Point,
  SelectionOptions,
} from './types';

/** Another candidate scoring within this share of the best makes the coin choice ambiguous. */
const AMBIGUOUS_COIN_SHARE = 0.8;
/** Fitted axis ratio above which the photo was probably not taken square-on. */
const COIN_MAX_ASPECT = 1.1;
/** Working-pixel radius below which the coin is too small to scale the photo reliably. */
const COIN_SMALL_RADIUS = 15;
/** Object contrast (feature units above paper) below which the outline is unreliable. */
const LOW_CONTRAST = 0.25;

function byId(seg: PhotoSegmentation, id: number): PhotoComponent {
  const c = seg.components.find((x) => x.id === id);
  if (!c) throw new RangeError(`photo-area: no component ${id}`);
  return c;
}

function ellipsePolygon(e: RobustEllipse, scale: number, points = 72): Point[] {
  const out: Point[] = [];
  const c = Math.cos(e.angle);
  const s = Math.sin(e.angle);
  for (let i = 0; i < points; i++) {
    const t = (2 * Math.PI * i) / points;
    const u = e.a * Math.cos(t);
    const v = e.b * Math.sin(t);
    out.push([(e.cx + u * c - v * s + 0.5) * scale, (e.cy + u * s + v * c + 0.5) * scale]);
  }
  return out;
}

function measureCoin(
  seg: PhotoSegmentation,
  coin: PhotoComponent,
  warnings: Set<PhotoAreaWarning>,
): CoinMeasurement {
  const { scale } = seg;
  let fit = fitCoinOutline(seg.feature, seg.labels, seg.workWidth, seg.workHeight, coin.id, seg.paperLevel);
  if (!fit) {
    // No usable rim: fall back to a circle of the component's filled area around its centroid.
    const r = Math.sqrt((coin.pixelArea + coin.holePixelArea) / Math.PI) / scale;
    const [cx, cy] = coin.centroid;
    fit = { cx: cx / scale - 0.5, cy: cy / scale - 0.5, a: r, b: r, angle: 0, inlierFraction: 0 };
    warnings.add('photoArea.coinNotRound');
  }
  // Judged on the sub-pixel fit, not the pixel outline, whose circularity suffers from noise.
  if (fit.a / fit.b > COIN_MAX_ASPECT || fit.inlierFraction < 0.6) {
    warnings.add('photoArea.coinNotRound');
  }
  const radius = Math.sqrt(fit.a * fit.b);
  if (radius < COIN_SMALL_RADIUS) warnings.add('photoArea.coinTooSmall');
  return {
    componentId: coin.id,
    pixelArea: Math.PI * fit.a * fit.b * scale * scale,
    fittedRadiusPx: radius * scale,
    center: [(fit.cx + 0.5) * scale, (fit.cy + 0.5) * scale],
    semiAxesPx: [fit.a * scale, fit.b * scale],
    angleRad: fit.angle,
    circularity: coin.circularity,
    edgeInlierFraction: fit.inlierFraction,
    contour: ellipsePolygon(fit, scale),
  };
}

function chooseCoin(seg: PhotoSegmentation, options: SelectionOptions, warnings: Set<PhotoAreaWarning>) {
  if (options.coinComponentId !== undefined) return byId(seg, options.coinComponentId);
  const ranked = seg.components.filter((c) => c.coinScore > 0).sort((a, b) => b.coinScore - a.coinScore);
  if (ranked.length === 0) return null;
  if (ranked.length > 1 && ranked[1].coinScore >= AMBIGUOUS_COIN_SHARE * ranked[0].coinScore) {
    warnings.add('photoArea.multipleCoinCandidates');
  }
  return ranked[0];
}

function chooseObjects(
  seg: PhotoSegmentation,
  coinId: number | null,
  options: SelectionOptions,
): PhotoComponent[] {
  if (options.objectComponentIds !== undefined) {
    return [...new Set(options.objectComponentIds)].filter((id) => id !== coinId).map((id) => byId(seg, id));
  }
  const others = seg.components.filter((c) => c.id !== coinId).sort((a, b) => b.pixelArea - a.pixelArea);
  const solid = others.filter((c) => !c.shadowLike);
  // Only grey, faint things left: probably a very pale object, better than nothing (flagged low contrast).
  const pool = solid.length > 0 ? solid : others;
  const inside = pool.filter((c) => !c.touchesBorder);
  const pick = options.skipBorderComponents === false ? pool[0] : (inside[0] ?? pool[0]);
  return pick ? [pick] : [];
}

/**
 * Turns a segmentation into an area: picks (or takes the caller's choice of) coin and object,
 * fits the coin outline, and scales object pixels by the coin. Cheap; call it again when the user
 * taps another component instead of re-segmenting.
 */
export function measurePhoto(seg: PhotoSegmentation, options: SelectionOptions): PhotoAreaResult {
  const { coinDiameterMm } = options;
  if (!(Number.isFinite(coinDiameterMm) && coinDiameterMm > 0)) {
    throw new RangeError(`photo-area: coin diameter must be a positive number of mm, got ${coinDiameterMm}`);
  }
  const warnings = new Set<PhotoAreaWarning>();
  const coinComponent = chooseCoin(seg, options, warnings);
  if (!coinComponent) warnings.add('photoArea.noCoinFound');
  const coin = coinComponent ? measureCoin(seg, coinComponent, warnings) : null;
  const picked = chooseObjects(seg, coin?.componentId ?? null, options);
  if (picked.length === 0) warnings.add('photoArea.noObjectFound');
  if (picked.some((c) => c.touchesBorder)) warnings.add('photoArea.objectTouchesEdge');
  const weak = Math.max(LOW_CONTRAST, 10 * seg.paperNoise);
  if (
    picked.some((c) => c.contrast < weak || c.shadowLike) ||
    (coinComponent && coinComponent.contrast < weak)
  ) {
    warnings.add('photoArea.lowContrast');
  }
  const objects: ObjectMeasurement[] = picked.map((c) => ({
    componentId: c.id,
    pixelArea: c.pixelArea,
    bbox: c.bbox,
    contour: c.contour,
    holes: c.holes,
  }));
  const mmPerPixel = coin && coin.fittedRadiusPx > 0 ? coinDiameterMm / (2 * coin.fittedRadiusPx) : null;
  const pixels = objects.reduce((s, o) => s + o.pixelArea, 0);
  const objectAreaMm2 = mmPerPixel !== null && objects.length > 0 ? pixels * mmPerPixel * mmPerPixel : null;
  const list = [...warnings];
  const fatal = list.includes('photoArea.noCoinFound') || list.includes('photoArea.noObjectFound');
  return {
    coin,
    objects,
    mmPerPixel,
    objectAreaMm2,
    objectAreaCm2BothFaces: objectAreaMm2 === null ? null : (2 * objectAreaMm2) / 100,
    confidence: fatal ? 'low' : list.length > 0 ? 'medium' : 'high',
    warnings: list,
    components: seg.components,
  };
}
