/** Area-weighted second moments of a region, in working pixel coordinates (pixel centres at integers). */
export type Moments = {
  count: number;
  cx: number;
  cy: number;
  sxx: number;
  sxy: number;
  syy: number;
};

/** Semi-axes of the ellipse with the same second moments (a ≥ b) and the angle of `a`. */
export function momentEllipse(m: Moments): { a: number; b: number; angle: number } {
  const tr = m.sxx + m.syy;
  const det = m.sxx * m.syy - m.sxy * m.sxy;
  const disc = Math.sqrt(Math.max(0, (tr * tr) / 4 - det));
  const l1 = Math.max(tr / 2 + disc, 1e-9);
  const l2 = Math.max(tr / 2 - disc, 1e-9);
  return { a: 2 * Math.sqrt(l1), b: 2 * Math.sqrt(l2), angle: 0.5 * Math.atan2(2 * m.sxy, m.sxx - m.syy) };
}

/** Moments of all pixels whose |label| is `id` (holes included, so glints do not skew a coin). */
export function regionMoments(labels: Int32Array, w: number, id: number): Moments {
  let n = 0;
  let sx = 0;
  let sy = 0;
  for (let o = 0; o < labels.length; o++) {
    const l = labels[o];
    if (l !== id && l !== -id) continue;
    const x = o % w;
    n++;
    sx += x;
    sy += (o - x) / w;
  }
  const cx = n > 0 ? sx / n : 0;
  const cy = n > 0 ? sy / n : 0;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let o = 0; o < labels.length; o++) {
    const l = labels[o];
    if (l !== id && l !== -id) continue;
    const x = (o % w) - cx;
    const y = Math.floor(o / w) - cy;
    sxx += x * x;
    sxy += x * y;
    syy += y * y;
  }
  // +1/12: a pixel is a unit square, not a point.
  const k = n > 0 ? 1 / n : 0;
  return { count: n, cx, cy, sxx: sxx * k + 1 / 12, sxy: sxy * k, syy: syy * k + 1 / 12 };
}
