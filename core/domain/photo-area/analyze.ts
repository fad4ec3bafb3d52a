import { describeComponents } from './components';
import { computeFeatureMap } from './feature-map';
import { paperStats } from './feature-stats';
import { resolveHoles } from './holes';
import { fitPaperModel } from './paper-model';
import { findRegions } from './regions';
import type { AnalyzeOptions, PhotoComponent, PhotoSegmentation, RgbaImage } from './types';
import { toWorkingImage } from './working-image';

export const DEFAULT_MAX_WORKING_SIDE = 1200;

/** Minimum equivalent radius, in working pixels, for a component to be considered as the coin. */
export const COIN_MIN_RADIUS = 5;

/** Outline spread about its ellipse at which the ellipse term of the coin score halves. */
const COIN_RESIDUAL_SCALE = 0.025;

/**
 * Shape-only coin score in (0, 1]: round (4πA/P²), convex, not elongated and — the sharpest
 * test — an outline that IS an ellipse (round leaves are lobed or wavy). A coin photographed at
 * a slant is an ellipse, so the aspect limit is generous; the tilt is reported, not rejected,
 * because area ratios survive a uniform slant. Colour is not used: coins range from silver to
 * gold to dark old bronze.
 */
export function coinScore(c: PhotoComponent, scale: number): number {
  if (c.touchesBorder) return 0;
  if (c.circularity < 0.8 || c.solidity < 0.9 || c.aspectRatio > 1.35 || c.ellipseResidual > 0.08) return 0;
  const radius = Math.sqrt((c.pixelArea + c.holePixelArea) / Math.PI) / scale;
  if (radius < COIN_MIN_RADIUS) return 0;
  const ellipseFit = 1 / (1 + (c.ellipseResidual / COIN_RESIDUAL_SCALE) ** 2);
  return (c.circularity * c.solidity * ellipseFit) / c.aspectRatio;
}

/**
 * Segments a photo of objects on light paper into components (no coin/object decision yet).
 * Pure and synchronous; runs unchanged in a Web Worker on `ImageData`.
 */
export function analyzePhoto(image: RgbaImage, options: AnalyzeOptions = {}): PhotoSegmentation {
  const img = toWorkingImage(image, options.maxWorkingSide ?? DEFAULT_MAX_WORKING_SIDE);
  const { width: w, height: h } = img;
  const model = fitPaperModel(img);
  const { feature, chroma } = computeFeatureMap(img, model);
  const paper = paperStats(feature);
  const minArea = Math.max(12, Math.round((options.minComponentFraction ?? 2e-4) * w * h));
  const regions = findRegions(feature, w, h, paper, minArea);
  const holeStarts = resolveHoles(regions.labels, regions.count, w, h, feature, paper.level, regions.levels);
  const components = describeComponents(
    regions.labels,
    regions.count,
    img,
    chroma,
    holeStarts,
    regions.levels,
    paper.level,
    options.simplifyTolerance ?? 0.75,
  );
  for (const c of components) c.coinScore = coinScore(c, img.scale);
  return {
    width: image.width,
    height: image.height,
    scale: img.scale,
    workWidth: w,
    workHeight: h,
    labels: regions.labels,
    feature,
    paperLevel: paper.level,
    paperNoise: paper.noise,
    components,
  };
}

/** Id of the component under a full-resolution point (e.g. a tap on the preview), or null for paper. */
export function componentAt(seg: PhotoSegmentation, x: number, y: number): number | null {
  const wx = Math.floor(x / seg.scale);
  const wy = Math.floor(y / seg.scale);
  if (!(wx >= 0 && wy >= 0 && wx < seg.workWidth && wy < seg.workHeight)) return null;
  const l = seg.labels[wy * seg.workWidth + wx];
  return l > 0 ? l : null;
}
