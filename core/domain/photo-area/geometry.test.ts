import { describe, expect, it } from 'vitest';
import { fitCircleRobust, ransacCircle } from './circle-fit';
import { traceBoundary } from './contour';
import { fitEllipseRobust } from './ellipse-fit';
import { paperStats } from './feature-stats';
import { labelComponents } from './labeling';
import { solveLinearSystem } from './linear-algebra';
import { close3, open3 } from './morphology';
import { convexHull, polygonArea, polygonPerimeter, simplifyClosed } from './polygon';

/** Builds a mask from rows of '#' and '.'. */
function mask(rows: string[]) {
  const h = rows.length;
  const w = rows[0].length;
  const m = new Uint8Array(w * h);
  rows.forEach((row, y) => {
    for (let x = 0; x < w; x++) m[y * w + x] = row[x] === '#' ? 1 : 0;
  });
  return { m, w, h };
}

describe('labelComponents', () => {
  const { m, w, h } = mask(['#..#', '.#..', '...#', '##.#']);

  it('separates diagonal neighbours with 4-connectivity and joins them with 8', () => {
    expect(labelComponents(m, w, h, 4).count).toBe(5);
    expect(labelComponents(m, w, h, 8).count).toBe(4);
  });

  it('numbers components in raster order of their first pixel', () => {
    const { labels } = labelComponents(m, w, h, 8);
    expect([labels[0], labels[3], labels[11], labels[12]]).toEqual([1, 2, 3, 4]);
    expect(labels[5]).toBe(1);
    expect(labels[15]).toBe(3);
  });

  it('handles a U shape whose arms merge late (union–find)', () => {
    const u = mask(['#.#.#', '#.#.#', '#####']);
    expect(labelComponents(u.m, u.w, u.h, 4).count).toBe(1);
  });
});

describe('traceBoundary', () => {
  function boundaryPixels(labels: Int32Array, w: number, h: number) {
    const set = new Set<string>();
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        if (!labels[y * w + x]) continue;
        const outside = (xx: number, yy: number) =>
          xx < 0 || yy < 0 || xx >= w || yy >= h || !labels[yy * w + xx];
        if (outside(x - 1, y) || outside(x + 1, y) || outside(x, y - 1) || outside(x, y + 1))
          set.add(`${x},${y}`);
      }
    }
    return set;
  }

  it('walks every boundary pixel of a shape with a one-pixel neck, clockwise', () => {
    const { m, w, h } = mask(['......', '.##...', '.##...', '...##.', '...##.', '......']);
    const { labels } = labelComponents(m, w, h, 8);
    const flat = traceBoundary(labels, w, h, 1, 7);
    const seen = new Set<string>();
    for (let i = 0; i < flat.length; i += 2) seen.add(`${flat[i]},${flat[i + 1]}`);
    expect(seen).toEqual(boundaryPixels(labels, w, h));
  });

  it('returns the ring of a rectangle and a lone pixel', () => {
    const { m, w, h } = mask(['.......', '.#####.', '.#####.', '.#####.', '.......']);
    const { labels } = labelComponents(m, w, h, 8);
    const ring = traceBoundary(labels, w, h, 1, 8);
    expect(ring.length / 2).toBe(12);
    // Clockwise on screen = positive shoelace sum with y pointing down.
    let s = 0;
    for (let i = 0, j = ring.length - 2; i < ring.length; j = i, i += 2)
      s += ring[j] * ring[i + 1] - ring[i] * ring[j + 1];
    expect(s).toBeGreaterThan(0);
    expect(polygonArea(ring)).toBe(8);
    const dot = labelComponents(mask(['...', '.#.', '...']).m, 3, 3, 8);
    expect(traceBoundary(dot.labels, 3, 3, 1, 4)).toEqual([1, 1]);
  });
});

describe('polygons', () => {
  const circle: number[] = [];
  for (let i = 0; i < 720; i++)
    circle.push(100 * Math.cos((i * Math.PI) / 360), 100 * Math.sin((i * Math.PI) / 360));

  it('computes area and perimeter', () => {
    const square = [0, 0, 10, 0, 10, 10, 0, 10];
    expect(polygonArea(square)).toBe(100);
    expect(polygonPerimeter(square)).toBe(40);
    expect(polygonArea(circle)).toBeCloseTo(Math.PI * 100 * 100, -2);
  });

  it('simplifies a dense ring within tolerance (Douglas–Peucker)', () => {
    const simple = simplifyClosed(circle, 0.5);
    expect(simple.length / 2).toBeLessThan(60);
    expect(simple.length / 2).toBeGreaterThan(20);
    expect(polygonArea(simple) / polygonArea(circle)).toBeGreaterThan(0.99);
  });

  it('finds the convex hull of a star', () => {
    const star: number[] = [];
    for (let i = 0; i < 10; i++) {
      const r = i % 2 ? 40 : 100;
      star.push(r * Math.cos((i * Math.PI) / 5), r * Math.sin((i * Math.PI) / 5));
    }
    expect(convexHull(star).length / 2).toBe(5);
  });
});

describe('fits', () => {
  it('recovers a slanted ellipse despite scattered outliers', () => {
    const xs: number[] = [];
    const ys: number[] = [];
    for (let i = 0; i < 400; i++) {
      const t = (2 * Math.PI * i) / 400;
      const out = i % 9 === 0 ? 5 : 0; // crumbs and glints along the rim
      const a = 60 + out + 0.15 * Math.sin(37 * t);
      const b = 45 + out;
      xs.push(200 + a * Math.cos(t) * Math.cos(0.3) - b * Math.sin(t) * Math.sin(0.3));
      ys.push(150 + a * Math.cos(t) * Math.sin(0.3) + b * Math.sin(t) * Math.cos(0.3));
    }
    const e = fitEllipseRobust(xs, ys)!;
    expect(e.a).toBeCloseTo(60, 1);
    expect(e.b).toBeCloseTo(45, 1);
    expect(e.angle).toBeCloseTo(0.3, 2);
    expect(e.cx).toBeCloseTo(200, 1);
    expect(e.inlierFraction).toBeCloseTo(1 - 45 / 400, 1);
  });

  it('keeps a circle stiff against a one-sided bump (a soft shadow)', () => {
    const xs: number[] = [];
    const ys: number[] = [];
    for (let i = 0; i < 400; i++) {
      const t = (2 * Math.PI * i) / 400;
      const r = 60 + (t < 1 ? 4 : 0) + 0.1 * Math.sin(29 * t);
      xs.push(100 + r * Math.cos(t));
      ys.push(80 + r * Math.sin(t));
    }
    const c = fitCircleRobust(xs, ys)!;
    expect(c.r).toBeCloseTo(60, 1);
    expect(c.cx).toBeCloseTo(100, 1);
    expect(c.inlierFraction).toBeGreaterThan(0.8);
  });

  it('finds the circle shared by two offset arcs (coin + its hard shadow)', () => {
    const xs: number[] = [];
    const ys: number[] = [];
    for (let i = 0; i < 360; i++) {
      const t = (2 * Math.PI * i) / 360;
      const shifted = Math.cos(t) > 0;
      xs.push((shifted ? 6 : 0) + 50 * Math.cos(t));
      ys.push(50 * Math.sin(t));
    }
    const c = ransacCircle(xs, ys, new Uint8Array(360).fill(1), 0.5, [49, 51])!;
    expect(Math.abs(c.r - 50)).toBeLessThan(0.2);
    expect(c.inlierFraction).toBeGreaterThan(0.45);
  });

  it('solves small linear systems and refuses hopeless ones', () => {
    const x = solveLinearSystem(
      Float64Array.from([4, 1, 0, 1, 3, 1, 0, 1, 2]),
      Float64Array.from([1, 2, 3]),
      3,
    )!;
    expect(4 * x[0] + x[1]).toBeCloseTo(1, 10);
    expect(x[1] + 2 * x[2]).toBeCloseTo(3, 10);
    expect(solveLinearSystem(new Float64Array(4), Float64Array.from([1, 1]), 2)).toBeNull();
  });
});

describe('morphology and statistics', () => {
  it('opening drops specks, closing fills pinholes', () => {
    const speck = mask(['.....', '.#...', '.....', '.....', '.....']);
    expect(open3(speck.m, 5, 5).some((v) => v === 1)).toBe(false);
    const pin = mask(['#####', '#####', '##.##', '#####', '#####']);
    expect(close3(pin.m, 5, 5).every((v) => v === 1)).toBe(true);
  });

  it('reads paper level and noise from the left flank of the histogram peak', () => {
    let seed = 1;
    const rand = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const values = new Float32Array(50000);
    for (let i = 0; i < values.length; i++) {
      const g = Math.sqrt(-2 * Math.log(rand())) * Math.cos(2 * Math.PI * rand());
      // 70 % paper around 0.05 (σ 0.01), 30 % object far to the right.
      values[i] = i % 10 < 7 ? 0.05 + 0.01 * g : 0.8 + 0.1 * g;
    }
    const stats = paperStats(values);
    expect(stats.level).toBeCloseTo(0.05, 2);
    expect(stats.noise).toBeGreaterThan(0.007);
    expect(stats.noise).toBeLessThan(0.014);
  });
});
