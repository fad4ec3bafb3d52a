/** An `ImageData`-like RGBA buffer, row-major, 4 bytes per pixel (alpha is ignored). */
export type RgbaImage = {
  width: number;
  height: number;
  data: Uint8ClampedArray | Uint8Array;
};

/** A point `[x, y]` in full-resolution pixel coordinates: pixel (i, j) spans [i, i+1] × [j, j+1]. */
export type Point = [number, number];

export type BoundingBox = { x: number; y: number; width: number; height: number };

/** i18n keys; the catalogs live in core/i18n (namespace of the photo-area UI). */
export const PHOTO_AREA_WARNINGS = [
  'photoArea.noCoinFound',
  'photoArea.noObjectFound',
  'photoArea.coinNotRound',
  'photoArea.coinTooSmall',
  'photoArea.objectTouchesEdge',
  'photoArea.lowContrast',
  'photoArea.multipleCoinCandidates',
] as const;

export type PhotoAreaWarning = (typeof PHOTO_AREA_WARNINGS)[number];

export type AnalyzeOptions = {
  /** Long side of the working image; bigger photos are box-downscaled by an integer factor. Default 1200. */
  maxWorkingSide?: number;
  /** Components smaller than this fraction of the working image are dropped as specks. Default 2e-4. */
  minComponentFraction?: number;
  /** Douglas–Peucker tolerance for outlines, in working pixels. Default 0.75. */
  simplifyTolerance?: number;
};

export type SelectionOptions = {
  /** Diameter of the reference coin in mm (Rp1000 2010/2016: 24.1). */
  coinDiameterMm: number;
  /** Force this component as the coin (ids come from `PhotoSegmentation.components`). */
  coinComponentId?: number;
  /** Force these components as the object (several pieces are summed). */
  objectComponentIds?: number[];
  /**
   * When choosing the object automatically, skip components that touch the image border
   * (usually the table around the paper). Falls back to them, with a warning, if nothing else
   * is left. Default true.
   */
  skipBorderComponents?: boolean;
};

export type SegmentOptions = AnalyzeOptions & SelectionOptions;

/** One connected foreground region of the segmentation, in full-resolution units. */
export type PhotoComponent = {
  id: number;
  /** Object pixels, real holes excluded, in full-resolution pixels. */
  pixelArea: number;
  /** Pixels of the background-coloured holes that were kept out of `pixelArea`. */
  holePixelArea: number;
  bbox: BoundingBox;
  centroid: Point;
  /** 4πA/P² of the simplified outline (1 for a disc). */
  circularity: number;
  /** Area / convex-hull area of the outline. */
  solidity: number;
  /** Major/minor axis ratio from second moments (1 for a disc). */
  aspectRatio: number;
  /** Spread of the outline's radius about the moment ellipse, relative (≈ 0.01 for a coin). */
  ellipseResidual: number;
  touchesBorder: boolean;
  /** Median feature level of the component above the paper (0 = paper-like, ~1 = black). */
  contrast: number;
  /** Grey and only slightly darker than paper: most likely a shadow, never chosen as the object. */
  shadowLike: boolean;
  /** > 0 when the component passes the coin shape tests; higher is rounder. */
  coinScore: number;
  contour: Point[];
  holes: Point[][];
};

/** Output of `analyzePhoto`: everything `measurePhoto` needs; structured-cloneable for a Web Worker. */
export type PhotoSegmentation = {
  width: number;
  height: number;
  /** Downscale factor: one working pixel is `scale × scale` full-resolution pixels. */
  scale: number;
  workWidth: number;
  workHeight: number;
  /** Working-resolution labels: id > 0 object pixels, −id a kept hole of component id, 0 paper. */
  labels: Int32Array;
  /** Working-resolution feature map (difference from the local paper colour). */
  feature: Float32Array;
  paperLevel: number;
  paperNoise: number;
  components: PhotoComponent[];
};

export type CoinMeasurement = {
  componentId: number;
  /** Area of the fitted ellipse (a circle when the photo is square-on), full-resolution pixels. */
  pixelArea: number;
  /** Radius of the circle with the fitted area, full-resolution pixels. */
  fittedRadiusPx: number;
  center: Point;
  semiAxesPx: [number, number];
  angleRad: number;
  circularity: number;
  /** Share of the edge samples that agreed with the fitted ellipse. */
  edgeInlierFraction: number;
  contour: Point[];
};

export type ObjectMeasurement = {
  componentId: number;
  pixelArea: number;
  bbox: BoundingBox;
  contour: Point[];
  holes: Point[][];
};

export type PhotoAreaResult = {
  coin: CoinMeasurement | null;
  objects: ObjectMeasurement[];
  /** Full-resolution mm per pixel, from the coin. */
  mmPerPixel: number | null;
  /** Projected area of the selected object(s), one face. */
  objectAreaMm2: number | null;
  /** Both faces (2 × projected area), in cm², as the electroforming calculator wants it. */
  objectAreaCm2BothFaces: number | null;
  confidence: 'high' | 'medium' | 'low';
  warnings: PhotoAreaWarning[];
  components: PhotoComponent[];
};
