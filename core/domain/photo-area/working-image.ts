import type { RgbaImage } from './types';

/** Linear-light RGB planes at working resolution. */
export type WorkingImage = {
  width: number;
  height: number;
  /** Integer downscale factor from the full-resolution image. */
  scale: number;
  fullWidth: number;
  fullHeight: number;
  r: Float32Array;
  g: Float32Array;
  b: Float32Array;
  /** Full-resolution pixels covered by each working column / row (the last ones may be partial). */
  colSpan: Uint16Array;
  rowSpan: Uint16Array;
};

let srgbLut: Float32Array | null = null;

/** 8-bit sRGB → linear light. Optics and downscaling mix light linearly, so edges are unbiased there. */
export function srgbToLinearTable(): Float32Array {
  if (srgbLut) return srgbLut;
  const lut = new Float32Array(256);
  for (let i = 0; i < 256; i++) {
    const c = i / 255;
    lut[i] = c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }
  srgbLut = lut;
  return lut;
}

export function assertRgbaImage(image: RgbaImage): void {
  const { width, height, data } = image;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 8 || height < 8) {
    throw new RangeError(`photo-area: image must be at least 8×8 pixels, got ${width}×${height}`);
  }
  if (data.length !== width * height * 4) {
    throw new RangeError(`photo-area: expected ${width * height * 4} RGBA bytes, got ${data.length}`);
  }
}

/**
 * Box-averages the image by an integer factor so the long side is ≤ maxSide. An integer factor
 * keeps the pixel-area bookkeeping exact: every working pixel is scale² full pixels, except the
 * partial last column/row, whose true size is kept in colSpan/rowSpan.
 */
export function toWorkingImage(image: RgbaImage, maxSide: number): WorkingImage {
  assertRgbaImage(image);
  const { width: W, height: H, data } = image;
  const scale = Math.max(1, Math.ceil(Math.max(W, H) / Math.max(64, maxSide)));
  const w = Math.ceil(W / scale);
  const h = Math.ceil(H / scale);
  const lut = srgbToLinearTable();
  const r = new Float32Array(w * h);
  const g = new Float32Array(w * h);
  const b = new Float32Array(w * h);
  const colSpan = new Uint16Array(w);
  const rowSpan = new Uint16Array(h);
  for (let x = 0; x < w; x++) colSpan[x] = Math.min(scale, W - x * scale);
  for (let y = 0; y < h; y++) rowSpan[y] = Math.min(scale, H - y * scale);

  for (let Y = 0; Y < H; Y++) {
    const rowOut = Math.floor(Y / scale) * w;
    let src = Y * W * 4;
    if (scale === 1) {
      for (let X = 0; X < W; X++, src += 4) {
        r[rowOut + X] = lut[data[src]];
        g[rowOut + X] = lut[data[src + 1]];
        b[rowOut + X] = lut[data[src + 2]];
      }
      continue;
    }
    for (let x = 0; x < w; x++) {
      const n = colSpan[x];
      let sr = 0;
      let sg = 0;
      let sb = 0;
      for (let i = 0; i < n; i++, src += 4) {
        sr += lut[data[src]];
        sg += lut[data[src + 1]];
        sb += lut[data[src + 2]];
      }
      const o = rowOut + x;
      r[o] += sr;
      g[o] += sg;
      b[o] += sb;
    }
  }
  if (scale > 1) {
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        const o = y * w + x;
        const inv = 1 / (colSpan[x] * rowSpan[y]);
        r[o] *= inv;
        g[o] *= inv;
        b[o] *= inv;
      }
    }
  }
  return { width: w, height: h, scale, fullWidth: W, fullHeight: H, r, g, b, colSpan, rowSpan };
}
