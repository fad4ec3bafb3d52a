/**
 * Solves the symmetric positive (semi-)definite system `A x = b` (A is n×n row-major) by Gaussian
 * elimination with partial pivoting and a tiny ridge, so a degenerate sample set degrades
 * gracefully instead of producing NaN. Returns null only if the system is hopeless.
 */
export function solveLinearSystem(matrix: Float64Array, rhs: Float64Array, n: number): Float64Array | null {
  const a = Float64Array.from(matrix);
  const x = Float64Array.from(rhs);
  let trace = 0;
  for (let i = 0; i < n; i++) trace += Math.abs(a[i * n + i]);
  if (!(trace > 0) || !Number.isFinite(trace)) return null;
  const ridge = (trace / n) * 1e-12;
  const tiny = (trace / n) * 1e-14;
  for (let i = 0; i < n; i++) a[i * n + i] += ridge;

  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let row = col + 1; row < n; row++) {
      if (Math.abs(a[row * n + col]) > Math.abs(a[pivot * n + col])) pivot = row;
    }
    if (Math.abs(a[pivot * n + col]) < tiny) return null;
    if (pivot !== col) {
      for (let k = 0; k < n; k++) {
        const t = a[col * n + k];
        a[col * n + k] = a[pivot * n + k];
        a[pivot * n + k] = t;
      }
      const t = x[col];
      x[col] = x[pivot];
      x[pivot] = t;
    }
    const p = a[col * n + col];
    for (let row = col + 1; row < n; row++) {
      const f = a[row * n + col] / p;
      if (f === 0) continue;
      for (let k = col; k < n; k++) a[row * n + k] -= f * a[col * n + k];
      x[row] -= f * x[col];
    }
  }
  for (let row = n - 1; row >= 0; row--) {
    let s = x[row];
    for (let k = row + 1; k < n; k++) s -= a[row * n + k] * x[k];
    x[row] = s / a[row * n + row];
  }
  for (let i = 0; i < n; i++) if (!Number.isFinite(x[i])) return null;
  return x;
}

/** Accumulates weighted normal equations for several right-hand sides sharing one design. */
export class NormalEquations {
  readonly ata: Float64Array;
  readonly atb: Float64Array[];

  constructor(
    readonly n: number,
    outputs: number,
  ) {
    this.ata = new Float64Array(n * n);
    this.atb = Array.from({ length: outputs }, () => new Float64Array(n));
  }

  add(row: Float64Array, targets: ArrayLike<number>, weight = 1): void {
    const { n, ata, atb } = this;
    for (let i = 0; i < n; i++) {
      const wi = row[i] * weight;
      if (wi === 0) continue;
      for (let j = i; j < n; j++) ata[i * n + j] += wi * row[j];
      for (let k = 0; k < atb.length; k++) atb[k][i] += wi * targets[k];
    }
  }

  solve(): Float64Array[] | null {
    const { n, ata } = this;
    for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) ata[i * n + j] = ata[j * n + i];
    const out: Float64Array[] = [];
    for (const b of this.atb) {
      const x = solveLinearSystem(ata, b, n);
      if (!x) return null;
      out.push(x);
    }
    return out;
  }
}
