import type { PhotoAreaResult, RgbaImage, SelectionOptions } from '#core/domain/photo-area/types';

/** Messages between the page and photo-worker.ts (the segmentation stays in the worker). */
export type PhotoRequest =
  | { id: number; type: 'analyze'; image: RgbaImage; options: SelectionOptions }
  | { id: number; type: 'measure'; options: SelectionOptions }
  | { id: number; type: 'pick'; x: number; y: number };

export type PhotoReply =
  | { id: number; ok: true; type: 'measured'; result: PhotoAreaResult }
  | { id: number; ok: true; type: 'picked'; componentId: number | null }
  | { id: number; ok: false; message: string };
