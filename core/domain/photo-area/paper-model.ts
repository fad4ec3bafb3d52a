import { paperStats } from './feature-stats';
import { solveLinearSystem } from './linear-algebra';
import type { WorkingImage } from './working-image';

/** Chroma counts double: a colour change is a much safer sign of an object than a darkening (shadows). */
export const CHROMA_WEIGHT = 2;

/** Per-channel polynomial in normalised coordinates u, v ∈ [−1, 1]. */
export type PaperModel = { degree: number; coef: Float64Array[] };

function termCount(degree: number): number {
  return ((degree + 1) * (degree + 2)) / 2;
}

/** Monomials u^i v^j (i + j ≤ degree) in a fixed order: grouped by i, then j. */
function fillTerms(u: number, v: number, degree: number, out: Float64Array): void {
  let k = 0;
  let ui = 1;
  for (let i = 0; i <= degree; i++) {
    let vj = ui;
    for (let j = 0; j <= degree - i; j++) {
      out[k++] = vj;
      vj *= v;
    }
    ui *= u;
  }
}

/** Evaluates one row: coefficients collapse to a 1-D polynomial in u, then Horner per pixel. */
export function evaluateRow(
  model: PaperModel,
  channel: number,
  y: number,
  img: WorkingImage,
  out: Float32Array,
) {
  const { degree } = model;
  const c = model.coef[channel];
  const v = img.height > 1 ? (2 * y) / (img.height - 1) - 1 : 0;
  const rowCoef = new Float64Array(degree + 1);
  let k = 0;
  for (let i = 0; i <= degree; i++) {
    let vj = 1;
    let s = 0;
    for (let j = 0; j <= degree - i; j++) {
      s += c[k++] * vj;
      vj *= v;
    }
    rowCoef[i] = s;
  }
  const du = img.width > 1 ? 2 / (img.width - 1) : 0;
  for (let x = 0; x < img.width; x++) {
    const u = x * du - 1;
    let p = rowCoef[degree];
    for (let i = degree - 1; i >= 0; i--) p = p * u + rowCoef[i];
    out[x] = Math.max(p, 1e-4);
  }
}

function fitPolynomial(
  degree: number,
  samples: Float64Array,
  count: number,
  weights: Float64Array,
): PaperModel | null {
  const n = termCount(degree);
  const ata = new Float64Array(n * n);
  const atb = [new Float64Array(n), new Float64Array(n), new Float64Array(n)];
  const [br, bg, bb] = atb;
  const row = new Float64Array(n);
  for (let s = 0; s < count; s++) {
    const weight = weights[s];
    if (weight === 0) continue;
    const o = s * 5;
    fillTerms(samples[o], samples[o + 1], degree, row);
    const r = samples[o + 2];
    const g = samples[o + 3];
    const b = samples[o + 4];
    for (let i = 0; i < n; i++) {
      const wi = row[i] * weight;
      const base = i * n;
      for (let j = i; j < n; j++) ata[base + j] += wi * row[j];
      br[i] += wi * r;
      bg[i] += wi * g;
      bb[i] += wi * b;
    }
  }
  for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) ata[i * n + j] = ata[j * n + i];
  const coef: Float64Array[] = [];
  for (const b of atb) {
    const x = solveLinearSystem(ata, b, n);
    if (!x) return null;
    coef.push(x);
  }
  return { degree, coef };
}

function predict(model: PaperModel, u: number, v: number, channel: number, row: Float64Array): number {
  fillTerms(u, v, model.degree, row);
  const c = model.coef[channel];
  let p = 0;
  for (let i = 0; i < row.length; i++) p += c[i] * row[i];
  return Math.max(p, 1e-4);
}

export function featureOf(r: number, g: number, b: number, pr: number, pg: number, pb: number): number {
  const xr = r / pr - 1;
  const xg = g / pg - 1;
  const xb = b / pb - 1;
  const a = (xr + xg + xb) / 3;
  const cr = xr - a;
  const cg = xg - a;
  const cb = xb - a;
  return (a < 0 ? -a : 0) + CHROMA_WEIGHT * Math.sqrt(cr * cr + cg * cg + cb * cb);
}

/** Cell summaries: mean colour of each cell's bright-but-not-brightest pixels (paper, not glare). */
function cellSamples(img: WorkingImage): { samples: Float64Array; count: number } {
  const { width: w, height: h } = img;
  const cell = Math.max(4, Math.ceil(Math.max(w, h) / 16));
  const cx = Math.ceil(w / cell);
  const cy = Math.ceil(h / cell);
  const samples = new Float64Array(cx * cy * 5);
  const step = Math.max(1, Math.floor(cell / 20));
  const lum = new Float32Array(Math.ceil(cell / step) ** 2);
  let count = 0;
  for (let j = 0; j < cy; j++) {
    for (let i = 0; i < cx; i++) {
      const x0 = i * cell;
      const y0 = j * cell;
      const x1 = Math.min(w, x0 + cell);
      const y1 = Math.min(h, y0 + cell);
      let n = 0;
      for (let y = y0; y < y1; y += step) {
        for (let x = x0; x < x1; x += step) {
          const o = y * w + x;
          lum[n++] = img.r[o] + img.g[o] + img.b[o];
        }
      }
      const sorted = lum.slice(0, n).sort();
      const lo = sorted[Math.floor(n * 0.6)];
      const hi = sorted[Math.min(n - 1, Math.floor(n * 0.95))];
      let sr = 0;
      let sg = 0;
      let sb = 0;
      let m = 0;
      for (let y = y0; y < y1; y += step) {
        for (let x = x0; x < x1; x += step) {
          const o = y * w + x;
          const l = img.r[o] + img.g[o] + img.b[o];
          if (l < lo || l > hi) continue;
          sr += img.r[o];
          sg += img.g[o];
          sb += img.b[o];
          m++;
        }
      }
      if (m === 0) continue;
      const o = count * 5;
      samples[o] = w > 1 ? (2 * (x0 + x1 - 1)) / 2 / (w - 1) - 1 : 0;
      samples[o + 1] = h > 1 ? (2 * (y0 + y1 - 1)) / 2 / (h - 1) - 1 : 0;
      samples[o + 2] = sr / m;
      samples[o + 3] = sg / m;
      samples[o + 4] = sb / m;
      count++;
    }
  }
  return { samples, count };
}

/**
 * Fits the paper's colour as a smooth function of position (vignetting, uneven light). Stage 1
 * fits a quadratic to per-cell paper estimates, down-weighting cells darker than the fit
 * (asymmetric reweighting converges on the bright envelope, i.e. paper, even when an object
 * covers whole cells). Stage 2 refits a cubic to individual pixels classified as paper.
 */
export function fitPaperModel(img: WorkingImage): PaperModel {
  const { samples, count } = cellSamples(img);
  const weights = new Float64Array(count).fill(1);
  const row = new Float64Array(termCount(3));
  let model: PaperModel = fitPolynomial(0, samples, count, weights) ?? {
    degree: 0,
    coef: [[0.8], [0.8], [0.8]].map((c) => Float64Array.from(c)),
  };
  for (let iter = 0; iter < 8; iter++) {
    const next = fitPolynomial(count >= 12 ? 2 : 0, samples, count, weights);
    if (!next) break;
    model = next;
    for (let s = 0; s < count; s++) {
      const o = s * 5;
      const u = samples[o];
      const v = samples[o + 1];
      const f = featureOf(
        samples[o + 2],
        samples[o + 3],
        samples[o + 4],
        predict(model, u, v, 0, row),
        predict(model, u, v, 1, row),
        predict(model, u, v, 2, row),
      );
      weights[s] = f < 0.06 ? 1 : f < 0.15 ? 0.1 : 0.001;
    }
  }
  return refineWithPixels(img, model);
}

function refineWithPixels(img: WorkingImage, initial: PaperModel): PaperModel {
  const { width: w, height: h } = img;
  const step = Math.max(1, Math.floor(Math.sqrt((w * h) / 25000)));
  const cols = Math.ceil(w / step);
  const rows = Math.ceil(h / step);
  const count = cols * rows;
  const samples = new Float64Array(count * 5);
  const feature = new Float32Array(count);
  const weights = new Float64Array(count);
  const pr = new Float32Array(w);
  const pg = new Float32Array(w);
  const pb = new Float32Array(w);
  let model = initial;
  for (let iter = 0; iter < 3; iter++) {
    let s = 0;
    for (let y = 0; y < h; y += step) {
      evaluateRow(model, 0, y, img, pr);
      evaluateRow(model, 1, y, img, pg);
      evaluateRow(model, 2, y, img, pb);
      for (let x = 0; x < w; x += step, s++) {
        const o = y * w + x;
        const so = s * 5;
        samples[so] = w > 1 ? (2 * x) / (w - 1) - 1 : 0;
        samples[so + 1] = h > 1 ? (2 * y) / (h - 1) - 1 : 0;
        samples[so + 2] = img.r[o];
        samples[so + 3] = img.g[o];
        samples[so + 4] = img.b[o];
        feature[s] = featureOf(img.r[o], img.g[o], img.b[o], pr[x], pg[x], pb[x]);
      }
    }
    const stats = paperStats(feature);
    const limit = stats.level + 3 * stats.noise + 0.01;
    let kept = 0;
    for (let i = 0; i < count; i++) {
      weights[i] = feature[i] < limit ? 1 : 0;
      kept += weights[i];
    }
    const next = fitPolynomial(kept > 200 ? 3 : 0, samples, count, weights);
    if (!next) break;
    model = next;
  }
  return model;
}
