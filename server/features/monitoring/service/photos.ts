import { randomUUID } from 'node:crypto';
import type { AnswerIssue, Answers, PhotoRef, Question } from '#core/domain/monitoring';
import type { Queryable } from '#server/db/client';
import type { ServiceContext } from '#server/lib/context';
import { forbidden, notFound } from '#server/lib/errors';
import type { NewPhoto } from '../queries/photos';
import { photoIdsOf, photoOf } from '../queries/photos';

/** A photo resized on the phone is well under this; anything bigger was not resized. */
export const MAX_PHOTO_BYTES = 1_500_000;

const DATA_URL = /^data:(image\/(?:jpeg|png|webp));base64,([A-Za-z0-9+/]+={0,2})$/;

/** What the bytes say they are (the declared type is not trusted). */
function sniff(bytes: Uint8Array): string | null {
  if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length > 8 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47)
    return 'image/png';
  if (
    bytes.length > 12 &&
    Buffer.from(bytes.subarray(0, 4)).toString('latin1') === 'RIFF' &&
    Buffer.from(bytes.subarray(8, 12)).toString('latin1') === 'WEBP'
  )
    return 'image/webp';
  return null;
}

/**
 * Turns the photo answers' new images into stored photo rows (ids made here) and checks that
 * photos referred to by id belong to the visit. Problems name the question.
 */
export async function takePhotos(
  db: Queryable,
  visitId: string,
  questions: readonly Question[],
  answers: Answers,
  existing: 'none' | 'visit',
): Promise<{ answers: Answers; photos: NewPhoto[]; problems: AnswerIssue[] }> {
  const photos: NewPhoto[] = [];
  const problems: AnswerIssue[] = [];
  const out: Answers = { ...answers };
  for (const q of questions) {
    if (q.type !== 'photo' || !(q.key in answers)) continue;
    const refs = answers[q.key] as PhotoRef[];
    const kept: { id: string }[] = [];
    const ids = refs.flatMap((r) => ('id' in r ? [r.id] : []));
    const known = existing === 'visit' ? await photoIdsOf(db, visitId, ids) : new Set<string>();
    for (const ref of refs) {
      if ('id' in ref) {
        if (!known.has(ref.id)) {
          problems.push({ key: q.key, message: 'monitoring:answers.unknownPhoto' });
          break;
        }
        kept.push({ id: ref.id });
        continue;
      }
      const match = DATA_URL.exec(ref.data);
      const bytes = match ? new Uint8Array(Buffer.from(match[2], 'base64')) : null;
      const mime = bytes ? sniff(bytes) : null;
      if (!bytes || !mime) {
        problems.push({ key: q.key, message: 'monitoring:answers.notImage' });
        break;
      }
      if (bytes.byteLength > MAX_PHOTO_BYTES) {
        problems.push({
          key: q.key,
          message: 'monitoring:answers.photoTooBig',
          params: { maxKb: MAX_PHOTO_BYTES / 1000 },
        });
        break;
      }
      const id = randomUUID();
      photos.push({ id, visitId, mime, bytes });
      kept.push({ id });
    }
    out[q.key] = kept;
  }
  return { answers: out, photos, problems };
}

/** One photo of a visit the actor may read. */
export async function readPhoto(
  ctx: ServiceContext,
  visitId: string,
  photoId: string,
  mayRead: (ctx: ServiceContext, visitId: string) => Promise<unknown>,
) {
  if (!ctx.actor) throw forbidden();
  await mayRead(ctx, visitId);
  const photo = await photoOf(ctx.db, visitId, photoId);
  if (!photo) throw notFound();
  return photo;
}
