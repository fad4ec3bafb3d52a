// Clockwise on screen (y down): E, SE, S, SW, W, NW, N, NE.
const DX = [1, 1, 0, -1, -1, -1, 0, 1];
const DY = [0, 1, 1, 1, 0, -1, -1, -1];

/**
 * Moore-neighbour tracing of the outer boundary of the 8-connected region `labels === target`
 * that contains `start`, which must be the region's first pixel in raster order. Returns pixel
 * centres as a flat [x0, y0, x1, y1, …] array, clockwise. Stops by Jacob's criterion (back at
 * the start, leaving in the first direction), which handles one-pixel-wide necks.
 */
export function traceBoundary(
  labels: Int32Array,
  w: number,
  h: number,
  target: number,
  start: number,
): number[] {
  const sx = start % w;
  const sy = (start - sx) / w;
  const out = [sx, sy];
  const inside = (x: number, y: number) => x >= 0 && y >= 0 && x < w && y < h && labels[y * w + x] === target;
  let x = sx;
  let y = sy;
  let search = 4; // west of the first pixel is outside by construction
  let firstMove = -1;
  const limit = 4 * w * h + 8;
  for (let steps = 0; steps < limit; steps++) {
    let moved = -1;
    for (let i = 0; i < 8; i++) {
      const d = (search + i) & 7;
      if (inside(x + DX[d], y + DY[d])) {
        moved = d;
        break;
      }
    }
    if (moved < 0) return out; // isolated pixel
    if (x === sx && y === sy) {
      if (firstMove < 0) firstMove = moved;
      else if (moved === firstMove) break;
    }
    x += DX[moved];
    y += DY[moved];
    if (!(x === sx && y === sy)) out.push(x, y);
    // Start the next sweep at the last outside pixel seen from the new position.
    search = (moved + (moved & 1 ? 5 : 6)) & 7;
  }
  return out;
}
