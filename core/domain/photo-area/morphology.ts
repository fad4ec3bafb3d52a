/**
 * 3×3 binary morphology, separable (row pass then column pass). Pixels outside the image count
 * as background for dilation and as foreground for erosion, so objects cut by the frame are not
 * eaten from the border side.
 */
function pass(src: Uint8Array, w: number, h: number, dilate: boolean): Uint8Array {
  const tmp = new Uint8Array(w * h);
  const out = new Uint8Array(w * h);
  const edge = dilate ? 0 : 1;
  for (let y = 0; y < h; y++) {
    const row = y * w;
    for (let x = 0; x < w; x++) {
      const l = x > 0 ? src[row + x - 1] : edge;
      const r = x < w - 1 ? src[row + x + 1] : edge;
      const c = src[row + x];
      tmp[row + x] = dilate ? l | c | r : l & c & r;
    }
  }
  for (let y = 0; y < h; y++) {
    const row = y * w;
    for (let x = 0; x < w; x++) {
      const u = y > 0 ? tmp[row - w + x] : edge;
      const d = y < h - 1 ? tmp[row + w + x] : edge;
      const c = tmp[row + x];
      out[row + x] = dilate ? u | c | d : u & c & d;
    }
  }
  return out;
}

export function dilate3(mask: Uint8Array, w: number, h: number): Uint8Array {
  return pass(mask, w, h, true);
}

export function erode3(mask: Uint8Array, w: number, h: number): Uint8Array {
  return pass(mask, w, h, false);
}

/** Removes foreground specks narrower than 3 px. */
export function open3(mask: Uint8Array, w: number, h: number): Uint8Array {
  return dilate3(erode3(mask, w, h), w, h);
}

/** Bridges 1-px gaps and pinholes. */
export function close3(mask: Uint8Array, w: number, h: number): Uint8Array {
  return erode3(dilate3(mask, w, h), w, h);
}
