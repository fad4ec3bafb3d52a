import { type Circle, fitCircleRobust, ransacCircle } from './circle-fit';
import { type Ellipse, ellipseRadiusAt, fitEllipseRobust, type RobustEllipse } from './ellipse-fit';
import { FEATURE_BINS, featureBin, histogramQuantile } from './feature-stats';
import { momentEllipse, regionMoments } from './moments';

function bilinear(f: Float32Array, w: number, h: number, x: number, y: number): number {
  const x0 = Math.max(0, Math.min(w - 2, Math.floor(x)));
  const y0 = Math.max(0, Math.min(h - 2, Math.floor(y)));
  const tx = Math.max(0, Math.min(1, x - x0));
  const ty = Math.max(0, Math.min(1, y - y0));
  const o = y0 * w + x0;
  const top = f[o] + (f[o + 1] - f[o]) * tx;
  const bottom = f[o + w] + (f[o + w + 1] - f[o + w]) * tx;
  return top + (bottom - top) * ty;
}

/** Median feature of the coin just inside its rim (the material the edge actually blends with). */
function rimLevel(feature: Float32Array, labels: Int32Array, w: number, id: number, e: Ellipse): number {
  const hist = new Uint32Array(FEATURE_BINS);
  const c = Math.cos(e.angle);
  const s = Math.sin(e.angle);
  for (let o = 0; o < labels.length; o++) {
    if (labels[o] !== id) continue;
    const dx = (o % w) - e.cx;
    const dy = Math.floor(o / w) - e.cy;
    const u = (dx * c + dy * s) / e.a;
    const v = (-dx * s + dy * c) / e.b;
    const r2 = u * u + v * v;
    if (r2 >= 0.7 * 0.7 && r2 <= 0.92 * 0.92) hist[featureBin(feature[o])]++;
  }
  return histogramQuantile(hist, 0, 0.5);
}

function medianOf(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  values.sort((a, b) => a - b);
  const m = values.length >> 1;
  return values.length % 2 ? values[m] : (values[m - 1] + values[m]) / 2;
}

/** Index i of the first (outermost) rise through `level`: profile[i−1] < level ≤ profile[i]. */
function firstRise(profile: Float32Array, from: number, to: number, level: number): number {
  for (let i = Math.max(1, from); i < to; i++) {
    if (profile[i - 1] < level && profile[i] >= level) return i;
  }
  return -1;
}

const STEP = 0.25;
/** Local levels are read this far (px) on each side of the first crossing. */
const NEAR = 1.5;
const FAR = 4;

/**
 * Sub-pixel coin outline. Rays from the centroid are sampled from outside the coin inwards
 * (samples on other components are NaN, so a nearby leaf cannot stand in for the rim). On each
 * ray the edge is first found at the global midpoint between paper and the coin's rim level,
 * then refined at the midpoint of the levels just inside and just outside that point. The local
 * midpoint matters: a darker rim or a shadow on one side would otherwise shift the crossing
 * outwards. A robust ellipse through the edge points gives the coin's area independently of
 * glints inside it and of what touches it on one side.
 */
export function fitCoinOutline(
  feature: Float32Array,
  labels: Int32Array,
  w: number,
  h: number,
  id: number,
  paperLevel: number,
): RobustEllipse | null {
  const m = regionMoments(labels, w, id);
  if (m.count < 12) return null;
  const shape = momentEllipse(m);
  const guess: Ellipse = { cx: m.cx, cy: m.cy, a: shape.a, b: shape.b, angle: shape.angle };
  const contrast = rimLevel(feature, labels, w, id, guess) - paperLevel;
  const mid = paperLevel + 0.5 * contrast;
  const rays = Math.max(90, Math.min(720, Math.round(2 * Math.PI * shape.a)));
  const profile = new Float32Array(Math.ceil((0.75 * shape.a + 2) / STEP) + 2);
  const near = Math.round(NEAR / STEP);
  const far = Math.round(FAR / STEP);
  const xs: number[] = [];
  const ys: number[] = [];
  for (let k = 0; k < rays; k++) {
    const psi = (2 * Math.PI * k) / rays;
    const dx = Math.cos(psi);
    const dy = Math.sin(psi);
    const rho = ellipseRadiusAt(guess, psi);
    const start = 1.35 * rho + 2;
    const count = Math.min(profile.length, Math.floor((start - 0.6 * rho) / STEP) + 1);
    for (let i = 0; i < count; i++) {
      const x = m.cx + (start - i * STEP) * dx;
      const y = m.cy + (start - i * STEP) * dy;
      const xi = Math.round(x);
      const yi = Math.round(y);
      const l = xi < 0 || yi < 0 || xi >= w || yi >= h ? 1 - id : labels[yi * w + xi];
      profile[i] = l === 0 || l === id || l === -id ? bilinear(feature, w, h, x, y) : Number.NaN;
    }
    let hit = firstRise(profile, 1, count, mid);
    if (hit < 0) continue;
    const outside: number[] = [];
    const inside: number[] = [];
    for (let j = hit - far; j <= hit - near; j++)
      if (j >= 0 && !Number.isNaN(profile[j])) outside.push(profile[j]);
    for (let j = hit + near; j <= hit + far; j++)
      if (j < count && !Number.isNaN(profile[j])) inside.push(profile[j]);
    const lin = medianOf(inside);
    const lout = medianOf(outside);
    let level = mid;
    if (lin - lout > 0.25 * contrast) {
      const local = 0.5 * (lin + lout);
      const refined = firstRise(profile, hit - far, Math.min(count, hit + far), local);
      if (refined >= 0) {
        hit = refined;
        level = local;
      }
    }
    const t = (level - profile[hit - 1]) / (profile[hit] - profile[hit - 1]);
    const rc = start - (hit - 1 + t) * STEP;
    xs.push(m.cx + rc * dx);
    ys.push(m.cy + rc * dy);
  }
  if (xs.length < rays / 3) return null;
  const ellipse = fitEllipseRobust(xs, ys);
  if (ellipse && ellipse.a / ellipse.b >= TILTED) return separateHardShadow(ellipse, xs, ys, feature, w, h);
  const circle = fitCircleRobust(xs, ys);
  if (!circle) return ellipse;
  return {
    cx: circle.cx,
    cy: circle.cy,
    a: circle.r,
    b: circle.r,
    angle: 0,
    inlierFraction: circle.inlierFraction,
  };
}

/** Axis ratio from which the coin is measured as an ellipse (photo at a slant) rather than a circle. */
const TILTED = 1.03;

/** Outline points within this distance (px) of a circle count as on it. */
const ON_CIRCLE = 0.6;

/**
 * A hard, dark shadow can be as dark as a silver coin and joins it: the outline is then the coin
 * and a shifted copy of it — slightly elongated, both arcs with the coin's radius, so a circle
 * fits a large share of the points with radius = the ellipse's minor semi-axis. A slanted coin is
 * a true ellipse and fails that test. Of the two arcs, the coin is the one whose crescent (the
 * part outside the other circle) is darker: a shadow is lighter than the metal casting it.
 */
function separateHardShadow(
  e: RobustEllipse,
  xs: number[],
  ys: number[],
  feature: Float32Array,
  w: number,
  h: number,
): RobustEllipse {
  const all = new Uint8Array(xs.length).fill(1);
  // Near b only: a circle through the middle of both arcs (radius ≈ a) fits as many points.
  const slack = Math.max(1, 0.02 * e.b);
  const range: [number, number] = [e.b - slack, e.b + slack];
  const first = ransacCircle(xs, ys, all, ON_CIRCLE, range);
  if (!first || first.inlierFraction < 0.4 || Math.abs(first.r - e.b) > Math.max(0.75, 0.015 * e.b)) return e;
  const rest = Uint8Array.from(first.inliers, (v) => 1 - v);
  const second = ransacCircle(xs, ys, rest, ON_CIRCLE, [first.r - 1, first.r + 1]);
  let coin = first;
  let explained = first.inlierFraction;
  if (second && second.inlierFraction >= 0.4) {
    const darker = crescentMean(feature, w, h, second, first) > crescentMean(feature, w, h, first, second);
    if (darker) coin = second;
    let both = 0;
    for (let i = 0; i < xs.length; i++) both += first.inliers[i] | second.inliers[i];
    explained = both / xs.length;
  }
  return { cx: coin.cx, cy: coin.cy, a: coin.r, b: coin.r, angle: 0, inlierFraction: explained };
}

/** Mean feature over the part of circle `a` (shrunk by 1.5 px) that lies outside circle `b`. */
function crescentMean(feature: Float32Array, w: number, h: number, a: Circle, b: Circle): number {
  let sum = 0;
  let n = 0;
  const r = a.r - 1.5;
  for (let y = Math.max(0, Math.floor(a.cy - r)); y <= Math.min(h - 1, Math.ceil(a.cy + r)); y++) {
    for (let x = Math.max(0, Math.floor(a.cx - r)); x <= Math.min(w - 1, Math.ceil(a.cx + r)); x++) {
      if (Math.hypot(x - a.cx, y - a.cy) > r || Math.hypot(x - b.cx, y - b.cy) < b.r + 1.5) continue;
      sum += feature[y * w + x];
      n++;
    }
  }
  return n > 0 ? sum / n : 0;
}
