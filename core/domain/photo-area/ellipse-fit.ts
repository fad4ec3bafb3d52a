import { NormalEquations } from './linear-algebra';

/** An ellipse in working pixel coordinates; `angle` is the direction of the major semi-axis `a`. */
export type Ellipse = { cx: number; cy: number; a: number; b: number; angle: number };

/** Distance from the centre to the ellipse along direction `psi`. */
export function ellipseRadiusAt(e: Ellipse, psi: number): number {
  const c = Math.cos(psi - e.angle);
  const s = Math.sin(psi - e.angle);
  return 1 / Math.sqrt((c * c) / (e.a * e.a) + (s * s) / (e.b * e.b));
}

/** Least-squares conic A u² + B uv + C v² + D u + E v = 1 through points (u, v ≈ unit scale). */
function fitConic(xs: Float64Array, ys: Float64Array, use: Uint8Array): Ellipse | null {
  const eq = new NormalEquations(5, 1);
  const row = new Float64Array(5);
  const one = [1];
  for (let i = 0; i < xs.length; i++) {
    if (!use[i]) continue;
    const u = xs[i];
    const v = ys[i];
    row[0] = u * u;
    row[1] = u * v;
    row[2] = v * v;
    row[3] = u;
    row[4] = v;
    eq.add(row, one);
  }
  const sol = eq.solve();
  if (!sol) return null;
  const [A, B, C, D, E] = sol[0];
  const det = A * C - (B * B) / 4;
  if (!(det > 0) || !(A > 0)) return null;
  // Centre: 2 M c = −(D, E) with M = [[A, B/2], [B/2, C]].
  const cx = (-(D * C) + (E * B) / 2) / (2 * det);
  const cy = (-(A * E) + (B * D) / 2) / (2 * det);
  const g = 1 + A * cx * cx + B * cx * cy + C * cy * cy;
  if (!(g > 0)) return null;
  const mean = (A + C) / 2;
  const half = Math.sqrt(((A - C) / 2) ** 2 + (B / 2) ** 2);
  const lMax = mean + half;
  const lMin = mean - half;
  if (!(lMin > 0)) return null;
  return {
    cx,
    cy,
    a: Math.sqrt(g / lMin),
    b: Math.sqrt(g / lMax),
    angle: 0.5 * Math.atan2(B, A - C) + Math.PI / 2,
  };
}

function median(values: number[]): number {
  const s = values.slice().sort((p, q) => p - q);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export type RobustEllipse = Ellipse & { inlierFraction: number };

const TRIM_STEPS = 6;
const TRIM_KEEP = 0.75;
const FINAL_STEPS = 3;

/**
 * Robust ellipse through edge points: least trimmed squares (refit on the 75 % of points closest
 * to the previous fit), then a final cut at 3 robust σ (≥ 0.35 px). Scattered outliers are
 * rejected; a contiguous bump at one end is NOT — five parameters can absorb it by shifting and
 * stretching — so a coin that looks round is measured with the stiffer circle fit instead.
 */
export function fitEllipseRobust(px: number[], py: number[]): RobustEllipse | null {
  const n = px.length;
  if (n < 12) return null;
  let ox = 0;
  let oy = 0;
  for (let i = 0; i < n; i++) {
    ox += px[i];
    oy += py[i];
  }
  ox /= n;
  oy /= n;
  let scale = 0;
  for (let i = 0; i < n; i++) scale += Math.hypot(px[i] - ox, py[i] - oy);
  scale = scale / n || 1;
  const xs = Float64Array.from(px, (x) => (x - ox) / scale);
  const ys = Float64Array.from(py, (y) => (y - oy) / scale);
  const use = new Uint8Array(n).fill(1);
  const deviation = new Float64Array(n);
  let fit = fitConic(xs, ys, use);
  if (!fit) return null;
  const residuals = (e: Ellipse) => {
    const res: number[] = [];
    for (let i = 0; i < n; i++) {
      const dx = xs[i] - e.cx;
      const dy = ys[i] - e.cy;
      res.push((Math.hypot(dx, dy) - ellipseRadiusAt(e, Math.atan2(dy, dx))) * scale);
    }
    const med = median(res.filter((_, i) => use[i]));
    for (let i = 0; i < n; i++) deviation[i] = Math.abs(res[i] - med);
  };
  let inliers = n;
  for (let step = 0; step < TRIM_STEPS + FINAL_STEPS; step++) {
    residuals(fit);
    let limit: number;
    if (step < TRIM_STEPS) {
      limit = Array.from(deviation).sort((a, b) => a - b)[Math.floor(TRIM_KEEP * (n - 1))];
    } else {
      const kept = Array.from(deviation).filter((_, i) => use[i]);
      limit = Math.max(3 * 1.4826 * median(kept), 0.35);
    }
    inliers = 0;
    for (let i = 0; i < n; i++) {
      use[i] = deviation[i] <= limit ? 1 : 0;
      inliers += use[i];
    }
    if (inliers < 12) break;
    const next = fitConic(xs, ys, use);
    if (!next) break;
    fit = next;
  }
  return {
    cx: ox + fit.cx * scale,
    cy: oy + fit.cy * scale,
    a: fit.a * scale,
    b: fit.b * scale,
    angle: fit.angle,
    inlierFraction: inliers / n,
  };
}
