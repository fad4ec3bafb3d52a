import { CHROMA_WEIGHT, evaluateRow, type PaperModel } from './paper-model';
import type { WorkingImage } from './working-image';

export type FeatureMap = {
  /** darkness + CHROMA_WEIGHT × chroma, relative to the fitted paper colour (0 = paper). */
  feature: Float32Array;
  /** The chroma part alone, to tell grey shadows from coloured objects. */
  chroma: Float32Array;
};

/**
 * Per pixel, the colour relative to the paper under the same light: x = I / P − 1 per channel.
 * Dividing by the paper model cancels vignetting; splitting x into its grey part (darkness) and
 * the rest (chroma) lets shadows — paper × a grey factor — score as darkness only. Both parts are
 * linear in the mix of object and paper, so a blurred edge crosses half the object's level
 * exactly at the true edge.
 */
export function computeFeatureMap(img: WorkingImage, model: PaperModel): FeatureMap {
  const { width: w, height: h } = img;
  const feature = new Float32Array(w * h);
  const chroma = new Float32Array(w * h);
  const pr = new Float32Array(w);
  const pg = new Float32Array(w);
  const pb = new Float32Array(w);
  for (let y = 0; y < h; y++) {
    evaluateRow(model, 0, y, img, pr);
    evaluateRow(model, 1, y, img, pg);
    evaluateRow(model, 2, y, img, pb);
    const row = y * w;
    for (let x = 0; x < w; x++) {
      const o = row + x;
      const xr = img.r[o] / pr[x] - 1;
      const xg = img.g[o] / pg[x] - 1;
      const xb = img.b[o] / pb[x] - 1;
      const a = (xr + xg + xb) / 3;
      const cr = xr - a;
      const cg = xg - a;
      const cb = xb - a;
      const c = Math.sqrt(cr * cr + cg * cg + cb * cb);
      chroma[o] = c;
      feature[o] = (a < 0 ? -a : 0) + CHROMA_WEIGHT * c;
    }
  }
  return { feature, chroma };
}
