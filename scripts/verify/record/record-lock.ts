/**
 * One writer at a time: two verifier runs (an author's, the dev server's) may
 * finish together, and each rewrites the record from what is on disk then.
 */
import { createHash } from 'node:crypto';
import { openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Runs `work` holding an exclusive lock on the record directory. */
export async function withRecordLock<T>(recordDir: string, work: () => T, timeoutMs = 120_000): Promise<T> {
  const lock = path.join(os.tmpdir(), `zig-verify-${createHash('sha1').update(path.resolve(recordDir)).digest('hex').slice(0, 16)}.lock`);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const fd = openSync(lock, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let holder = Number.NaN;
      try {
        holder = Number(readFileSync(lock, 'utf8'));
      } catch {
        // released between our attempts
      }
      // A lock left by a crashed run is taken over.
      if (Number.isInteger(holder) && !isAlive(holder)) rmSync(lock, { force: true });
      else if (Date.now() > deadline) throw new Error(`the record is locked by process ${holder} (${lock})`);
      else await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  try {
    return work();
  } finally {
    rmSync(lock, { force: true });
  }
}
