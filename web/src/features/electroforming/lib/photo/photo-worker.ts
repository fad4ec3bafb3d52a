import { analyzePhoto, componentAt, measurePhoto } from '#core/domain/photo-area';
import type { PhotoSegmentation } from '#core/domain/photo-area/types';
import type { PhotoReply, PhotoRequest } from './photo-protocol';

/**
 * Segments the photo off the main thread (a few hundred ms on a cheap phone) and keeps the
 * segmentation, so a tap that changes the coin or the object only re-measures.
 */
let segmentation: PhotoSegmentation | null = null;

function reply(message: PhotoReply) {
  self.postMessage(message);
}

self.onmessage = (event: MessageEvent<PhotoRequest>) => {
  const request = event.data;
  try {
    if (request.type === 'analyze') {
      segmentation = analyzePhoto(request.image);
      reply({
        id: request.id,
        ok: true,
        type: 'measured',
        result: measurePhoto(segmentation, request.options),
      });
      return;
    }
    if (!segmentation) throw new Error('no photo analysed yet');
    if (request.type === 'measure') {
      reply({
        id: request.id,
        ok: true,
        type: 'measured',
        result: measurePhoto(segmentation, request.options),
      });
    } else {
      reply({
        id: request.id,
        ok: true,
        type: 'picked',
        componentId: componentAt(segmentation, request.x, request.y),
      });
    }
  } catch (error) {
    reply({ id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};
