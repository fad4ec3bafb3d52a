import { solveLinearSystem } from './linear-algebra';

export type Circle = { cx: number; cy: number; r: number; inliers: Uint8Array; inlierFraction: number };

function circumcircle(x1: number, y1: number, x2: number, y2: number, x3: number, y3: number) {
  const d = 2 * (x1 * (y2 - y3) + x2 * (y3 - y1) + x3 * (y1 - y2));
  if (Math.abs(d) < 1e-9) return null;
  const s1 = x1 * x1 + y1 * y1;
  const s2 = x2 * x2 + y2 * y2;
  const s3 = x3 * x3 + y3 * y3;
  const cx = (s1 * (y2 - y3) + s2 * (y3 - y1) + s3 * (y1 - y2)) / d;
  const cy = (s1 * (x3 - x2) + s2 * (x1 - x3) + s3 * (x2 - x1)) / d;
  return { cx, cy, r: Math.hypot(x1 - cx, y1 - cy) };
}

/** Kåsa algebraic circle fit: x² + y² + D x + E y + F = 0, least squares over the flagged points. */
function kasa(xs: ArrayLike<number>, ys: ArrayLike<number>, use: Uint8Array) {
  const m = new Float64Array(9);
  const v = new Float64Array(3);
  for (let i = 0; i < xs.length; i++) {
    if (!use[i]) continue;
    const row = [xs[i], ys[i], 1];
    const t = -(xs[i] * xs[i] + ys[i] * ys[i]);
    for (let a = 0; a < 3; a++) {
      for (let b = 0; b < 3; b++) m[a * 3 + b] += row[a] * row[b];
      v[a] += row[a] * t;
    }
  }
  const s = solveLinearSystem(m, v, 3);
  if (!s) return null;
  const cx = -s[0] / 2;
  const cy = -s[1] / 2;
  const r2 = cx * cx + cy * cy - s[2];
  return r2 > 0 ? { cx, cy, r: Math.sqrt(r2) } : null;
}

/**
 * RANSAC circle among points of which possibly only a part lies on one circle (deterministic:
 * fixed-seed sampling). Used for a coin merged with its own hard shadow: the outline is then two
 * arcs of the coin's radius, and either arc gives the coin's true size.
 */
export function ransacCircle(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  allowed: Uint8Array,
  tolerance: number,
  radiusRange: [number, number],
): Circle | null {
  const idx: number[] = [];
  for (let i = 0; i < xs.length; i++) if (allowed[i]) idx.push(i);
  if (idx.length < 12) return null;
  let seed = 0x2545f491;
  const next = () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 4294967296;
  };
  const count = (c: { cx: number; cy: number; r: number }, out?: Uint8Array) => {
    let n = 0;
    for (const i of idx) {
      const ok = Math.abs(Math.hypot(xs[i] - c.cx, ys[i] - c.cy) - c.r) <= tolerance;
      if (ok) n++;
      if (out) out[i] = ok ? 1 : 0;
    }
    return n;
  };
  let best: { cx: number; cy: number; r: number } | null = null;
  let bestCount = 0;
  for (let iter = 0; iter < 300; iter++) {
    const a = idx[Math.floor(next() * idx.length)];
    const b = idx[Math.floor(next() * idx.length)];
    const c = idx[Math.floor(next() * idx.length)];
    if (a === b || b === c || a === c) continue;
    const circle = circumcircle(xs[a], ys[a], xs[b], ys[b], xs[c], ys[c]);
    if (!circle || circle.r < radiusRange[0] || circle.r > radiusRange[1]) continue;
    const n = count(circle);
    if (n > bestCount) {
      bestCount = n;
      best = circle;
    }
  }
  if (!best) return null;
  const inliers = new Uint8Array(xs.length);
  for (let k = 0; k < 3; k++) {
    count(best, inliers);
    const refined = kasa(xs, ys, inliers);
    if (!refined) break;
    best = refined;
  }
  const n = count(best, inliers);
  return { ...best, inliers, inlierFraction: n / idx.length };
}

/**
 * Least-trimmed-squares circle: Kåsa fits on the 75 % of points closest to the previous circle,
 * then a final 3-robust-σ cut. With only three parameters a circle cannot bend towards a bump on
 * one side (a shadow, a crumb), so the bump ends up trimmed rather than averaged in.
 */
export function fitCircleRobust(xs: ArrayLike<number>, ys: ArrayLike<number>): Circle | null {
  const n = xs.length;
  if (n < 12) return null;
  const use = new Uint8Array(n).fill(1);
  let fit = kasa(xs, ys, use);
  if (!fit) return null;
  const dev = new Float64Array(n);
  let inliers = n;
  // Six trimming steps, then three at the final robust cut.
  for (let step = 0; step < 9; step++) {
    const res = Array.from({ length: n }, (_, i) => Math.hypot(xs[i] - fit!.cx, ys[i] - fit!.cy) - fit!.r);
    const kept = res.filter((_, i) => use[i]).sort((a, b) => a - b);
    const med = kept[kept.length >> 1];
    for (let i = 0; i < n; i++) dev[i] = Math.abs(res[i] - med);
    let limit: number;
    if (step < 6) {
      limit = Array.from(dev).sort((a, b) => a - b)[Math.floor(0.75 * (n - 1))];
    } else {
      const keptDev = Array.from(dev)
        .filter((_, i) => use[i])
        .sort((a, b) => a - b);
      limit = Math.max(3 * 1.4826 * keptDev[keptDev.length >> 1], 0.35);
    }
    inliers = 0;
    for (let i = 0; i < n; i++) {
      use[i] = dev[i] <= limit ? 1 : 0;
      inliers += use[i];
    }
    if (inliers < 12) break;
    const next = kasa(xs, ys, use);
    if (!next) break;
    fit = next;
  }
  return { ...fit, inliers: use, inlierFraction: inliers / n };
}
