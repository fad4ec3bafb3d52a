/** Feature values are binned on [0, FEATURE_MAX) for medians and modes; larger values clamp. */
export const FEATURE_MAX = 2;
export const FEATURE_BINS = 1000;
const BIN_WIDTH = FEATURE_MAX / FEATURE_BINS;

export function featureBin(value: number): number {
  const bin = Math.floor(value / BIN_WIDTH);
  return bin < 0 ? 0 : bin >= FEATURE_BINS ? FEATURE_BINS - 1 : bin;
}

export function binCenter(bin: number): number {
  return (bin + 0.5) * BIN_WIDTH;
}

/** Value below which `fraction` of the histogram mass lies (linear within the bin). */
export function histogramQuantile(hist: ArrayLike<number>, offset: number, fraction: number): number {
  let total = 0;
  for (let i = 0; i < FEATURE_BINS; i++) total += hist[offset + i];
  if (total === 0) return 0;
  const target = fraction * total;
  let acc = 0;
  for (let i = 0; i < FEATURE_BINS; i++) {
    const c = hist[offset + i];
    if (acc + c >= target && c > 0) return (i + (target - acc) / c) * BIN_WIDTH;
    acc += c;
  }
  return FEATURE_MAX;
}

export type PaperStats = { level: number; noise: number };

/**
 * Paper level and noise from the feature histogram. The paper is the tallest, narrowest peak,
 * so its mode and its LEFT half-width are unaffected by objects and shadows (which only add mass
 * to the right) — unlike a median or Otsu, which drift when the object fills much of the frame.
 */
export function paperStats(values: ArrayLike<number>, step = 1): PaperStats {
  const hist = new Float64Array(FEATURE_BINS);
  for (let i = 0; i < values.length; i += step) hist[featureBin(values[i])]++;
  const smooth = new Float64Array(FEATURE_BINS);
  for (let i = 0; i < FEATURE_BINS; i++) {
    let s = 0;
    for (let k = -2; k <= 2; k++) {
      const j = i + k;
      if (j >= 0 && j < FEATURE_BINS) s += hist[j];
    }
    smooth[i] = s;
  }
  let mode = 0;
  for (let i = 1; i < FEATURE_BINS; i++) if (smooth[i] > smooth[mode]) mode = i;
  const half = smooth[mode] / 2;
  let left = mode;
  while (left > 0 && smooth[left] > half) left--;
  const level = binCenter(mode);
  // A peak squeezed against zero has no left flank; its mean is then the better width proxy.
  const hwhm = left === 0 ? level : level - binCenter(left);
  return { level, noise: Math.max(hwhm / 1.1774, 0.003) };
}
