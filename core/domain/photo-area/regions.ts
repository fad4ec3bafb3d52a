import { FEATURE_BINS, featureBin, histogramQuantile, type PaperStats } from './feature-stats';
import { labelComponents } from './labeling';
import { close3, erode3, open3 } from './morphology';

export type Regions = {
  /** 1..count per component, 0 paper (holes are resolved later). */
  labels: Int32Array;
  count: number;
  /** Median feature level of each component (index = id), measured away from its edge. */
  levels: Float32Array;
};

/** How far (px) an edge may move outwards when a component is re-thresholded at its own level. */
const GROW_RADIUS = 3;

/** Median feature of each component over its pixels ≥ 2 px from its edge (all pixels if too thin). */
export function componentLevels(
  labels: Int32Array,
  count: number,
  feature: Float32Array,
  w: number,
  h: number,
): Float32Array {
  const inside = new Uint8Array(w * h);
  for (let i = 0; i < inside.length; i++) inside[i] = labels[i] > 0 ? 1 : 0;
  const core = erode3(erode3(inside, w, h), w, h);
  const hist = new Uint32Array((count + 1) * FEATURE_BINS);
  const coreCount = new Uint32Array(count + 1);
  for (let i = 0; i < labels.length; i++) {
    if (core[i] && labels[i] > 0) {
      hist[labels[i] * FEATURE_BINS + featureBin(feature[i])]++;
      coreCount[labels[i]]++;
    }
  }
  const thin: number[] = [];
  for (let c = 1; c <= count; c++) if (coreCount[c] < 20) thin.push(c);
  if (thin.length > 0) {
    const isThin = new Uint8Array(count + 1);
    for (const c of thin) isThin[c] = 1;
    for (let i = 0; i < labels.length; i++) {
      const l = labels[i];
      if (l > 0 && isThin[l]) hist[l * FEATURE_BINS + featureBin(feature[i])]++;
    }
  }
  const levels = new Float32Array(count + 1);
  for (let c = 1; c <= count; c++) levels[c] = histogramQuantile(hist, c * FEATURE_BINS, 0.5);
  return levels;
}

/** Multi-source BFS: each pixel within `radius` (chessboard) of a component gets that component's id. */
function growZones(labels: Int32Array, w: number, h: number, radius: number): Int32Array {
  const zone = Int32Array.from(labels);
  let frontier = new Int32Array(w * h);
  let size = 0;
  for (let i = 0; i < zone.length; i++) if (zone[i] > 0) frontier[size++] = i;
  let nextFrontier = new Int32Array(w * h);
  for (let step = 0; step < radius; step++) {
    let nextSize = 0;
    for (let f = 0; f < size; f++) {
      const o = frontier[f];
      const x = o % w;
      const y = (o - x) / w;
      const id = zone[o];
      for (let dy = -1; dy <= 1; dy++) {
        const yy = y + dy;
        if (yy < 0 || yy >= h) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const xx = x + dx;
          if (xx < 0 || xx >= w) continue;
          const n = yy * w + xx;
          if (zone[n] !== 0) continue;
          zone[n] = id;
          nextFrontier[nextSize++] = n;
        }
      }
    }
    [frontier, nextFrontier] = [nextFrontier, frontier];
    size = nextSize;
  }
  return zone;
}

/** Mask of the components with at least `minArea` pixels. */
function largeEnough(labels: Int32Array, count: number, minArea: number): Uint8Array {
  const area = new Uint32Array(count + 1);
  for (let i = 0; i < labels.length; i++) area[labels[i]]++;
  const mask = new Uint8Array(labels.length);
  for (let i = 0; i < labels.length; i++) mask[i] = labels[i] > 0 && area[labels[i]] >= minArea ? 1 : 0;
  return mask;
}

/**
 * Foreground regions in two steps.
 * 1. Coarse, relative to the paper noise: hysteresis between a low threshold (keeps pale edges
 *    and thin stems connected) and a high one whose opened mask seeds the components (noise
 *    alone never seeds). Otsu is deliberately not used here: with paper at > 90 % of pixels and
 *    objects of very different contrast (silver coin vs. dark leaf) it tends to cut between the
 *    coin and the leaf and lose the coin.
 * 2. Each component is re-thresholded at the midpoint between paper and its own median level
 *    (a robust isodata step, which is where Otsu lands for two balanced classes). For a blurred
 *    edge that midpoint is the true edge, so the pixel count is unbiased; it also trims soft
 *    shadows, which are much weaker than the object they belong to.
 */
export function findRegions(
  feature: Float32Array,
  w: number,
  h: number,
  paper: PaperStats,
  minArea: number,
): Regions {
  const low = paper.level + Math.max(4 * paper.noise, 0.05);
  const high = paper.level + Math.max(8 * paper.noise, 0.12);
  const lowMask = new Uint8Array(w * h);
  const highMask = new Uint8Array(w * h);
  for (let i = 0; i < feature.length; i++) {
    lowMask[i] = feature[i] >= low ? 1 : 0;
    highMask[i] = feature[i] >= high ? 1 : 0;
  }
  const seeds = open3(highMask, w, h);
  const coarse = labelComponents(close3(lowMask, w, h), w, h, 8);
  const area = new Uint32Array(coarse.count + 1);
  const seeded = new Uint8Array(coarse.count + 1);
  for (let i = 0; i < coarse.labels.length; i++) {
    const l = coarse.labels[i];
    area[l]++;
    if (seeds[i]) seeded[l] = 1;
  }
  const keep = new Uint8Array(w * h);
  for (let i = 0; i < keep.length; i++) {
    const l = coarse.labels[i];
    keep[i] = l > 0 && seeded[l] && area[l] >= minArea ? 1 : 0;
  }
  const kept = labelComponents(keep, w, h, 8);
  const coarseLevels = componentLevels(kept.labels, kept.count, feature, w, h);
  const zone = growZones(kept.labels, w, h, GROW_RADIUS);
  const mid = new Float32Array(kept.count + 1);
  for (let c = 1; c <= kept.count; c++) mid[c] = paper.level + 0.5 * (coarseLevels[c] - paper.level);
  const refined = new Uint8Array(w * h);
  for (let i = 0; i < refined.length; i++) {
    const z = zone[i];
    refined[i] = z > 0 && feature[i] >= mid[z] ? 1 : 0;
  }
  const pieces = labelComponents(refined, w, h, 8);
  const final = labelComponents(largeEnough(pieces.labels, pieces.count, minArea), w, h, 8);
  const levels = componentLevels(final.labels, final.count, feature, w, h);
  return { labels: final.labels, count: final.count, levels };
}
