import { FEATURE_BINS, featureBin, histogramQuantile } from './feature-stats';
import { labelComponents } from './labeling';

/** Enclosed gaps smaller than this share of their component are speckle and always filled. */
export const HOLE_MIN_FRACTION = 0.002;
export const HOLE_MIN_PIXELS = 16;
/** A larger gap is a real hole only if it looks like paper: level below this share of the object's contrast. */
export const HOLE_PAPER_SHARE = 0.3;

/**
 * Decides every gap fully enclosed by one component, in place:
 * - small (< 0.2 % of the component or < 16 working px) → filled: texture speckle, a glint;
 * - larger and paper-coloured (median ≤ paper + 30 % of the object's contrast) → a real hole
 *   (insect hole, gap between lobes closed by an overlap), labelled −id and excluded from area;
 * - larger but object-coloured (pale vein, light patch) → filled.
 * The colour is measured on the gap's pixels away from its rim, which are mixed with the object.
 * Returns, per component id, the first pixel of each kept hole (to trace its outline).
 */
export function resolveHoles(
  labels: Int32Array,
  count: number,
  w: number,
  h: number,
  feature: Float32Array,
  paperLevel: number,
  levels: Float32Array,
): number[][] {
  const gapMask = new Uint8Array(w * h);
  for (let i = 0; i < gapMask.length; i++) gapMask[i] = labels[i] === 0 ? 1 : 0;
  const gaps = labelComponents(gapMask, w, h, 4);
  const n = gaps.count;
  const area = new Uint32Array(n + 1);
  const owner = new Int32Array(n + 1);
  const open = new Uint8Array(n + 1);
  const componentArea = new Uint32Array(count + 1);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const o = y * w + x;
      const g = gaps.labels[o];
      if (g === 0) {
        componentArea[labels[o]]++;
        continue;
      }
      if (area[g] === 0) owner[g] = x > 0 ? labels[o - 1] : 0;
      area[g]++;
      if (x === 0 || y === 0 || x === w - 1 || y === h - 1) open[g] = 1;
    }
  }
  // The left neighbour of a gap's first pixel is its innermost enclosing component; a gap
  // touching two components (or the border) is open paper, not a hole.
  for (let o = 0; o < labels.length; o++) {
    const g = gaps.labels[o];
    if (g === 0 || open[g]) continue;
    const x = o % w;
    if (
      (x > 0 && labels[o - 1] > 0 && labels[o - 1] !== owner[g]) ||
      (x < w - 1 && labels[o + 1] > 0 && labels[o + 1] !== owner[g])
    )
      open[g] = 1;
    else if (
      (o >= w && labels[o - w] > 0 && labels[o - w] !== owner[g]) ||
      (o + w < labels.length && labels[o + w] > 0 && labels[o + w] !== owner[g])
    )
      open[g] = 1;
  }

  const candidate = new Int32Array(n + 1);
  let candidates = 0;
  for (let g = 1; g <= n; g++) {
    if (open[g] || owner[g] <= 0) continue;
    const big = area[g] >= Math.max(HOLE_MIN_PIXELS, HOLE_MIN_FRACTION * componentArea[owner[g]]);
    candidate[g] = big ? ++candidates : -1;
  }
  const hist = new Uint32Array((candidates + 1) * FEATURE_BINS);
  const innerCount = new Uint32Array(candidates + 1);
  for (let pass = 0; pass < 2; pass++) {
    for (let o = 0; o < labels.length; o++) {
      const g = gaps.labels[o];
      if (g === 0 || candidate[g] <= 0) continue;
      const k = candidate[g];
      if (pass === 1 && innerCount[k] >= 5) continue;
      const x = o % w;
      const interior =
        pass === 1 ||
        (x > 0 &&
          x < w - 1 &&
          gaps.labels[o - 1] === g &&
          gaps.labels[o + 1] === g &&
          gaps.labels[o - w] === g &&
          gaps.labels[o + w] === g);
      if (!interior) continue;
      hist[k * FEATURE_BINS + featureBin(feature[o])]++;
      if (pass === 0) innerCount[k]++;
    }
  }
  const verdict = new Int8Array(n + 1); // 1 fill, −1 keep as hole
  for (let g = 1; g <= n; g++) {
    if (candidate[g] === 0) continue;
    if (candidate[g] < 0) {
      verdict[g] = 1;
      continue;
    }
    const c = owner[g];
    const median = histogramQuantile(hist, candidate[g] * FEATURE_BINS, 0.5);
    verdict[g] = median <= paperLevel + HOLE_PAPER_SHARE * (levels[c] - paperLevel) ? -1 : 1;
  }
  const holeStarts: number[][] = Array.from({ length: count + 1 }, () => []);
  const started = new Uint8Array(n + 1);
  for (let o = 0; o < labels.length; o++) {
    const g = gaps.labels[o];
    if (g === 0 || verdict[g] === 0) continue;
    labels[o] = verdict[g] * owner[g];
    if (verdict[g] < 0 && !started[g]) {
      started[g] = 1;
      holeStarts[owner[g]].push(o);
    }
  }
  return holeStarts;
}
