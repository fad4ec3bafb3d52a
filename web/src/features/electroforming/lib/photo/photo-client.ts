import type { PhotoAreaResult, SelectionOptions } from '#core/domain/photo-area/types';
import type { PhotoReply, PhotoRequest } from './photo-protocol';

/** Photos are decoded to at most this long side: plenty for a coin edge, light on a cheap phone. */
export const MAX_DECODE_SIDE = 2400;

export type DecodedPhoto = { image: ImageData; previewUrl: string; width: number; height: number };

/** File → upright ImageData (EXIF orientation applied) and a preview of the same pixels. */
export async function decodePhoto(file: Blob): Promise<DecodedPhoto> {
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  const scale = Math.min(1, MAX_DECODE_SIDE / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('canvas 2d context unavailable');
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  const image = ctx.getImageData(0, 0, width, height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.85));
  if (!blob) throw new Error('preview encoding failed');
  return { image, previewUrl: URL.createObjectURL(blob), width, height };
}

type Pending = { resolve: (reply: PhotoReply) => void; reject: (error: Error) => void };
type Body<T extends PhotoRequest['type']> = Omit<Extract<PhotoRequest, { type: T }>, 'id'>;

/** A small promise API over the photo worker. */
export class PhotoWorkerClient {
  private readonly worker = new Worker(new URL('./photo-worker.ts', import.meta.url), { type: 'module' });
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor() {
    this.worker.onmessage = (event: MessageEvent<PhotoReply>) => {
      const entry = this.pending.get(event.data.id);
      if (!entry) return;
      this.pending.delete(event.data.id);
      if (event.data.ok) entry.resolve(event.data);
      else entry.reject(new Error(event.data.message));
    };
    this.worker.onerror = (event) => {
      for (const entry of this.pending.values()) entry.reject(new Error(event.message || 'worker failed'));
      this.pending.clear();
    };
  }

  private send<T extends PhotoRequest['type']>(body: Body<T>, transfer: Transferable[] = []) {
    const id = this.nextId++;
    return new Promise<PhotoReply>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...body, id }, transfer);
    });
  }

  async analyze(image: ImageData, options: SelectionOptions): Promise<PhotoAreaResult> {
    const plain = { width: image.width, height: image.height, data: image.data };
    const reply = await this.send<'analyze'>({ type: 'analyze', image: plain, options }, [image.data.buffer]);
    if (reply.ok && reply.type === 'measured') return reply.result;
    throw new Error('unexpected worker reply');
  }

  async measure(options: SelectionOptions): Promise<PhotoAreaResult> {
    const reply = await this.send<'measure'>({ type: 'measure', options });
    if (reply.ok && reply.type === 'measured') return reply.result;
    throw new Error('unexpected worker reply');
  }

  async pick(x: number, y: number): Promise<number | null> {
    const reply = await this.send<'pick'>({ type: 'pick', x, y });
    if (reply.ok && reply.type === 'picked') return reply.componentId;
    throw new Error('unexpected worker reply');
  }

  terminate() {
    this.worker.terminate();
    for (const entry of this.pending.values()) entry.reject(new Error('terminated'));
    this.pending.clear();
  }
}
