import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { crc32, decodePng, encodePng } from './fixtures/png';
import type { RgbaImage } from './types';
import { srgbToLinearTable, toWorkingImage } from './working-image';

function solid(width: number, height: number, rgb: [number, number, number]): RgbaImage {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < width * height; i++) data.set([...rgb, 255], i * 4);
  return { width, height, data };
}

describe('toWorkingImage', () => {
  it('keeps small images as they are, in linear light', () => {
    const img = toWorkingImage(solid(100, 80, [255, 128, 0]), 1200);
    expect(img.scale).toBe(1);
    expect(img.r[0]).toBeCloseTo(1, 6);
    expect(img.g[0]).toBeCloseTo(srgbToLinearTable()[128], 6);
    expect(img.b[0]).toBe(0);
  });

  it('downscales by an integer factor and accounts for the partial last row and column', () => {
    const img = toWorkingImage(solid(1003, 601, [200, 200, 200]), 500);
    expect(img.scale).toBe(3);
    expect([img.width, img.height]).toEqual([335, 201]);
    let pixels = 0;
    for (let y = 0; y < img.height; y++)
      for (let x = 0; x < img.width; x++) pixels += img.colSpan[x] * img.rowSpan[y];
    expect(pixels).toBe(1003 * 601);
    // Averages of a flat image stay flat, including partial blocks.
    expect(img.r[img.r.length - 1]).toBeCloseTo(img.r[0], 6);
  });

  it('averages light, not sRGB codes (a half-black block is half as bright)', () => {
    const big = toWorkingImage(
      {
        width: 128,
        height: 128,
        data: new Uint8ClampedArray(128 * 128 * 4).map((_, i) => ((i >> 2) % 2 ? 0 : 255)),
      },
      64,
    );
    expect(big.scale).toBe(2);
    expect(big.g[0]).toBeCloseTo(0.5, 6);
  });
});

describe('PNG fixture codec', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('IEND'))).toBe(0xae426082);
  });

  it('round-trips an image', () => {
    const img = solid(7, 5, [10, 20, 30]);
    img.data[4 * 12] = 250;
    const back = decodePng(encodePng(img));
    expect(back.width).toBe(7);
    expect(Array.from(back.data)).toEqual(Array.from(img.data));
  });

  it('reads the committed fixture', () => {
    const file = readFileSync(new URL('./fixtures/leaf-known-area.png', import.meta.url));
    const img = decodePng(file);
    expect([img.width, img.height]).toEqual([1200, 900]);
  });
});
