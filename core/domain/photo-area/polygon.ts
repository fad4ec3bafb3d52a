/** Closed polygons as flat [x0, y0, x1, y1, …] arrays (the closing edge is implicit). */

export function polygonArea(p: ArrayLike<number>): number {
  const n = p.length / 2;
  let s = 0;
  for (let i = 0, j = n - 1; i < n; j = i++) s += p[2 * j] * p[2 * i + 1] - p[2 * i] * p[2 * j + 1];
  return Math.abs(s) / 2;
}

export function polygonPerimeter(p: ArrayLike<number>): number {
  const n = p.length / 2;
  let s = 0;
  for (let i = 0, j = n - 1; i < n; j = i++)
    s += Math.hypot(p[2 * i] - p[2 * j], p[2 * i + 1] - p[2 * j + 1]);
  return s;
}

function segmentDistance(p: ArrayLike<number>, i: number, a: number, b: number): number {
  const ax = p[2 * a];
  const ay = p[2 * a + 1];
  const dx = p[2 * b] - ax;
  const dy = p[2 * b + 1] - ay;
  const px = p[2 * i] - ax;
  const py = p[2 * i + 1] - ay;
  const len2 = dx * dx + dy * dy;
  if (len2 === 0) return Math.hypot(px, py);
  const t = Math.max(0, Math.min(1, (px * dx + py * dy) / len2));
  return Math.hypot(px - t * dx, py - t * dy);
}

/**
 * Douglas–Peucker for a closed ring: split at the vertex farthest from the first one, simplify
 * both open chains with an explicit stack (no recursion depth limit on long outlines).
 */
export function simplifyClosed(p: ArrayLike<number>, tolerance: number): number[] {
  const n = p.length / 2;
  if (n <= 3) return Array.from(p);
  let far = 0;
  let best = -1;
  for (let i = 1; i < n; i++) {
    const d = Math.hypot(p[2 * i] - p[0], p[2 * i + 1] - p[1]);
    if (d > best) {
      best = d;
      far = i;
    }
  }
  const keep = new Uint8Array(n + 1);
  keep[0] = 1;
  keep[far] = 1;
  keep[n] = 1;
  const at = (i: number) => (i === n ? 0 : i);
  const ring = new Float64Array(2 * (n + 1));
  for (let i = 0; i <= n; i++) {
    ring[2 * i] = p[2 * at(i)];
    ring[2 * i + 1] = p[2 * at(i) + 1];
  }
  const stack = [0, far, far, n];
  while (stack.length > 0) {
    const b = stack.pop()!;
    const a = stack.pop()!;
    let idx = -1;
    let dmax = tolerance;
    for (let i = a + 1; i < b; i++) {
      const d = segmentDistance(ring, i, a, b);
      if (d > dmax) {
        dmax = d;
        idx = i;
      }
    }
    if (idx >= 0) {
      keep[idx] = 1;
      stack.push(a, idx, idx, b);
    }
  }
  const out: number[] = [];
  for (let i = 0; i < n; i++) if (keep[i]) out.push(ring[2 * i], ring[2 * i + 1]);
  return out;
}

/** Andrew's monotone chain; returns the hull as a flat ring. */
export function convexHull(p: ArrayLike<number>): number[] {
  const n = p.length / 2;
  const idx = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => p[2 * a] - p[2 * b] || p[2 * a + 1] - p[2 * b + 1],
  );
  const cross = (o: number, a: number, b: number) =>
    (p[2 * a] - p[2 * o]) * (p[2 * b + 1] - p[2 * o + 1]) -
    (p[2 * a + 1] - p[2 * o + 1]) * (p[2 * b] - p[2 * o]);
  const lower: number[] = [];
  for (const i of idx) {
    while (lower.length >= 2 && cross(lower[lower.length - 2], lower[lower.length - 1], i) <= 0) lower.pop();
    lower.push(i);
  }
  const upper: number[] = [];
  for (let k = idx.length - 1; k >= 0; k--) {
    const i = idx[k];
    while (upper.length >= 2 && cross(upper[upper.length - 2], upper[upper.length - 1], i) <= 0) upper.pop();
    upper.push(i);
  }
  const hull = lower.slice(0, -1).concat(upper.slice(0, -1));
  return hull.flatMap((i) => [p[2 * i], p[2 * i + 1]]);
}
