/**
 * Progress of imports running in this process. The imports table holds the durable state
 * (written at phase changes, with a heartbeat every few seconds); this map holds the live
 * counters between those writes.
 */
/** A running import whose heartbeat is older than this was interrupted (its process stopped). */
export const STALE_MS = 5 * 60_000;

export type Phase = 'reading' | 'matching' | 'saving' | 'done';

export type Progress = {
  phase: Phase;
  processedRows: number;
  totalRows: number | null;
  bytes: number;
  fileSize: number;
  batchesDone: number;
  batchesTotal: number;
};

const live = new Map<string, Progress>();

export function trackProgress(importId: string, fileSize: number): Progress {
  const progress: Progress = {
    phase: 'reading',
    processedRows: 0,
    totalRows: null,
    bytes: 0,
    fileSize,
    batchesDone: 0,
    batchesTotal: 0,
  };
  live.set(importId, progress);
  return progress;
}

export const liveProgress = (importId: string) => live.get(importId);
export const forgetProgress = (importId: string) => live.delete(importId);

// Reading is most of the time; matching is quick; saving is the rest.
const READ_SHARE = 0.7;
const MATCH_SHARE = 0.05;

/** 0–1 for a progress bar, monotonic across phases. */
export function fraction(
  p: Pick<Progress, 'phase' | 'bytes' | 'fileSize' | 'batchesDone' | 'batchesTotal'>,
): number {
  if (p.phase === 'done') return 1;
  if (p.phase === 'reading') return p.fileSize > 0 ? READ_SHARE * Math.min(1, p.bytes / p.fileSize) : 0;
  if (p.phase === 'matching') return READ_SHARE;
  const saved = p.batchesTotal > 0 ? p.batchesDone / p.batchesTotal : 0;
  return READ_SHARE + MATCH_SHARE + (1 - READ_SHARE - MATCH_SHARE) * Math.min(1, saved);
}
