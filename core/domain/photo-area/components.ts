import { traceBoundary } from './contour';
import { momentEllipse } from './moments';
import { CHROMA_WEIGHT } from './paper-model';
import { convexHull, polygonArea, polygonPerimeter, simplifyClosed } from './polygon';
import type { PhotoComponent, Point } from './types';
import type { WorkingImage } from './working-image';

/** Below this contrast a grey component is taken for a shadow and never chosen as the object. */
const SHADOW_MAX_CONTRAST = 0.3;

export function toFullRes(flat: ArrayLike<number>, scale: number): Point[] {
  const out: Point[] = [];
  for (let i = 0; i < flat.length; i += 2) out.push([(flat[i] + 0.5) * scale, (flat[i + 1] + 0.5) * scale]);
  return out;
}

/**
 * Spread (standard deviation) of the outline's normalised radius about the moment ellipse: ~0.01
 * for a digitised disc or a slanted coin, several times more for lobed or wavy leaves that are
 * otherwise round. The mean is removed because pixel centres sit half a pixel inside the edge.
 */
function outlineEllipseResidual(
  outline: number[],
  cx: number,
  cy: number,
  e: { a: number; b: number; angle: number },
): number {
  const c = Math.cos(e.angle);
  const s = Math.sin(e.angle);
  let sum = 0;
  let sum2 = 0;
  const n = outline.length / 2;
  for (let i = 0; i < outline.length; i += 2) {
    const dx = outline[i] - cx;
    const dy = outline[i + 1] - cy;
    const u = (dx * c + dy * s) / e.a;
    const v = (-dx * s + dy * c) / e.b;
    const r = Math.sqrt(u * u + v * v);
    sum += r;
    sum2 += r * r;
  }
  const mean = sum / n;
  return Math.sqrt(Math.max(0, sum2 / n - mean * mean));
}

type Acc = {
  count: Float64Array;
  full: Float64Array;
  holeFull: Float64Array;
  sx: Float64Array;
  sy: Float64Array;
  sxx: Float64Array;
  sxy: Float64Array;
  syy: Float64Array;
  chroma: Float64Array;
  x0: Int32Array;
  y0: Int32Array;
  x1: Int32Array;
  y1: Int32Array;
  first: Int32Array;
  border: Uint8Array;
  solid: Float64Array;
};

function accumulate(labels: Int32Array, count: number, img: WorkingImage, chroma: Float32Array): Acc {
  const f = () => new Float64Array(count + 1);
  const acc: Acc = {
    count: f(),
    full: f(),
    holeFull: f(),
    sx: f(),
    sy: f(),
    sxx: f(),
    sxy: f(),
    syy: f(),
    chroma: f(),
    x0: new Int32Array(count + 1).fill(img.width),
    y0: new Int32Array(count + 1).fill(img.height),
    x1: new Int32Array(count + 1).fill(-1),
    y1: new Int32Array(count + 1).fill(-1),
    first: new Int32Array(count + 1).fill(-1),
    border: new Uint8Array(count + 1),
    solid: f(),
  };
  const { width: w, height: h } = img;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const o = y * w + x;
      const l = labels[o];
      if (l === 0) continue;
      const id = l > 0 ? l : -l;
      const px = img.colSpan[x] * img.rowSpan[y];
      if (l > 0) {
        acc.full[id] += px;
        acc.solid[id]++;
        acc.chroma[id] += chroma[o];
        if (acc.first[id] < 0) acc.first[id] = o;
        if (x === 0 || y === 0 || x === w - 1 || y === h - 1) acc.border[id] = 1;
        if (x < acc.x0[id]) acc.x0[id] = x;
        if (x > acc.x1[id]) acc.x1[id] = x;
        if (y < acc.y0[id]) acc.y0[id] = y;
        if (y > acc.y1[id]) acc.y1[id] = y;
      } else {
        acc.holeFull[id] += px;
      }
      acc.count[id]++;
      acc.sx[id] += x;
      acc.sy[id] += y;
      acc.sxx[id] += x * x;
      acc.sxy[id] += x * y;
      acc.syy[id] += y * y;
    }
  }
  return acc;
}

/**
 * Builds the public description of every component: areas, outline, shape measures. Holes are
 * counted in the shape measures (a glint in a coin must not make it less round) but not in area.
 */
export function describeComponents(
  labels: Int32Array,
  count: number,
  img: WorkingImage,
  chroma: Float32Array,
  holeStarts: number[][],
  levels: Float32Array,
  paperLevel: number,
  tolerance: number,
): PhotoComponent[] {
  const acc = accumulate(labels, count, img, chroma);
  const { width: w, height: h, scale } = img;
  const out: PhotoComponent[] = [];
  for (let id = 1; id <= count; id++) {
    const n = acc.count[id];
    if (n === 0 || acc.first[id] < 0) continue;
    const cx = acc.sx[id] / n;
    const cy = acc.sy[id] / n;
    const moments = {
      count: n,
      cx,
      cy,
      sxx: acc.sxx[id] / n - cx * cx + 1 / 12,
      sxy: acc.sxy[id] / n - cx * cy,
      syy: acc.syy[id] / n - cy * cy + 1 / 12,
    };
    const ellipse = momentEllipse(moments);
    const outline = traceBoundary(labels, w, h, id, acc.first[id]);
    const ellipseResidual = outlineEllipseResidual(outline, moments.cx, moments.cy, ellipse);
    const simple = simplifyClosed(outline, tolerance);
    // Pixel centres sit half a pixel inside the edge; grow by that for the shape measures.
    const perimeter = polygonPerimeter(simple) + Math.PI;
    const polyArea = polygonArea(simple) + perimeter / 2;
    const hullArea = simple.length >= 6 ? polygonArea(convexHull(simple)) + perimeter / 2 : polyArea;
    const holes = holeStarts[id].map((start) =>
      toFullRes(simplifyClosed(traceBoundary(labels, w, h, -id, start), tolerance), scale),
    );
    const contrast = Math.max(0, levels[id] - paperLevel);
    // Paper's own feature level is mostly chroma noise, hence the subtraction.
    const chromaPart = Math.max(
      0,
      (CHROMA_WEIGHT * acc.chroma[id]) / Math.max(1, acc.solid[id]) - paperLevel,
    );
    out.push({
      id,
      pixelArea: acc.full[id],
      holePixelArea: acc.holeFull[id],
      bbox: {
        x: acc.x0[id] * scale,
        y: acc.y0[id] * scale,
        width: Math.min(img.fullWidth, (acc.x1[id] + 1) * scale) - acc.x0[id] * scale,
        height: Math.min(img.fullHeight, (acc.y1[id] + 1) * scale) - acc.y0[id] * scale,
      },
      centroid: [(cx + 0.5) * scale, (cy + 0.5) * scale],
      circularity: Math.min(1, (4 * Math.PI * polyArea) / (perimeter * perimeter)),
      solidity: hullArea > 0 ? Math.min(1, polyArea / hullArea) : 0,
      aspectRatio: ellipse.a / ellipse.b,
      ellipseResidual,
      touchesBorder: acc.border[id] === 1,
      contrast,
      shadowLike: contrast < SHADOW_MAX_CONTRAST && chromaPart < 0.3 * contrast,
      coinScore: 0,
      contour: toFullRes(simple, scale),
      holes,
    });
  }
  return out;
}
