import { analyzePhoto } from './analyze';
import { measurePhoto } from './measure';
import type { PhotoAreaResult, RgbaImage, SegmentOptions } from './types';

export { analyzePhoto, COIN_MIN_RADIUS, coinScore, componentAt, DEFAULT_MAX_WORKING_SIDE } from './analyze';
export { measurePhoto } from './measure';
export * from './types';

/** One call: segment the photo, find coin and object, and return the area (see `PhotoAreaResult`). */
export function segment(image: RgbaImage, options: SegmentOptions): PhotoAreaResult {
  return measurePhoto(analyzePhoto(image, options), options);
}
