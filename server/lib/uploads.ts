import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from './errors';

/**
 * Uploaded files live in one folder (`UPLOAD_DIR`) under names that carry the owning
 * process id, `<pid>-<uuid>`, so a process starting up can remove what a crashed or killed
 * process left behind without touching the files of another live process.
 */
export type StoredUpload = { path: string; fileName: string; hash: string; size: number };

type Truncatable = NodeJS.ReadableStream & { truncated?: boolean };

/**
 * Streams an upload to disk while hashing it. The file is removed again when the stream
 * fails or was cut at the size limit (`payload_too_large`); nothing is left behind.
 */
export async function storeUpload(dir: string, source: Truncatable, fileName: string): Promise<StoredUpload> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const file = path.join(dir, `${process.pid}-${randomUUID()}`);
  const hash = createHash('sha256');
  let size = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      size += chunk.length;
      callback(null, chunk);
    },
  });
  try {
    await pipeline(source, tap, createWriteStream(file, { mode: 0o600 }));
  } catch (error) {
    await discardUpload(file);
    throw error;
  }
  if (source.truncated) {
    await discardUpload(file);
    throw new AppError('payload_too_large');
  }
  return { path: file, fileName: path.basename(fileName || 'upload'), hash: hash.digest('hex'), size };
}

export async function discardUpload(file: string) {
  await rm(file, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes uploads no live process owns: those of dead processes, and any carrying this
 * process's id from before it started (a reused pid). Call once at boot, before serving.
 * Returns the names removed.
 */
export async function sweepUploads(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const removed: string[] = [];
  for (const name of names) {
    const match = /^(\d+)-[0-9a-f-]{36}$/.exec(name);
    if (!match) continue;
    const pid = Number(match[1]);
    if (pid !== process.pid && isAlive(pid)) continue;
    await rm(path.join(dir, name), { force: true });
    removed.push(name);
  }
  return removed;
}
