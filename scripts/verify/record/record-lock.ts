/**
 * One writer at a time: two verifier runs (an author's, the dev server's) may
 * finish together, and each rewrites the record from what is on disk then.
 *
 * proper-lockfile does the locking: an atomic mkdir, whose mtime the holder
 * refreshes while it works, so only a lock nobody has refreshed for `stale`
 * milliseconds (its holder crashed) is taken over, never a live run's.
 */
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import lockfile from 'proper-lockfile';

/** A lock not refreshed for this long belongs to a crashed run. The holder refreshes it every stale/2. */
const STALE_MS = 10_000;
const RETRY_MS = 100;

/** Where the lock of a record folder lives: outside the repository, so a crashed run leaves nothing in git status. */
export function recordLockPath(recordDir: string): string {
  return path.join(os.tmpdir(), `zig-verify-${createHash('sha1').update(path.resolve(recordDir)).digest('hex').slice(0, 16)}.lock`);
}

/** Runs `work` holding an exclusive lock on the record directory; throws when another run holds it longer than `timeoutMs`. */
export async function withRecordLock<T>(recordDir: string, work: () => T, timeoutMs = 120_000): Promise<T> {
  const lockfilePath = recordLockPath(recordDir);
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(recordDir, {
      lockfilePath,
      realpath: false,
      stale: STALE_MS,
      retries: { retries: Math.ceil(timeoutMs / RETRY_MS), factor: 1, minTimeout: RETRY_MS, maxTimeout: RETRY_MS },
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED')
      throw new Error(`the record is locked by another verifier run (${lockfilePath}); it is released when that run ends`);
    throw error;
  }
  try {
    return work();
  } finally {
    await release();
  }
}
