/**
 * The record lock with real processes: two runs that write at once take turns
 * (one waits while the other holds the lock, however long that takes), and a
 * lock left by a crashed run is taken over.
 */
import { execa } from 'execa';
import { mkdirSync, mkdtempSync, readFileSync, utimesSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordLockPath, withRecordLock } from '../../scripts/verify/record/record-lock.ts';
import { projectRoot } from '../helpers/run-verify.ts';

const lockModule = path.join(projectRoot, 'scripts', 'verify', 'record', 'record-lock.ts');

/** A process that holds the lock for `holdMs` and logs when it got it and when it let go. */
function holder(recordDir: string, log: string, name: string, holdMs: number) {
  const script = `
    import { appendFileSync } from 'node:fs';
    import { withRecordLock } from ${JSON.stringify(lockModule)};
    await withRecordLock(${JSON.stringify(recordDir)}, () => {
      appendFileSync(${JSON.stringify(log)}, '${name} start ' + Date.now() + '\\n');
      const until = Date.now() + ${holdMs};
      while (Date.now() < until) {}
      appendFileSync(${JSON.stringify(log)}, '${name} end ' + Date.now() + '\\n');
    });`;
  return execa(process.execPath, ['--input-type=module', '-e', script], { timeout: 60_000 });
}

describe('the record lock', () => {
  it('makes two concurrent runs take turns, even when one holds it longer than the stale time would allow an unrefreshed lock', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'record-lock-'));
    const recordDir = path.join(dir, 'verified');
    mkdirSync(recordDir);
    const log = path.join(dir, 'log');
    // The work is synchronous, as the record write is: the refresh timer cannot fire while it runs,
    // so the second run must still wait rather than take the lock over (the bug the hand-written lock had).
    await Promise.all([holder(recordDir, log, 'a', 1500), holder(recordDir, log, 'b', 1500)]);
    const events = readFileSync(log, 'utf8')
      .trim()
      .split('\n')
      .map((line) => line.split(' '));
    expect(events.map(([name, what]) => `${name} ${what}`)).toSatisfy((order: string[]) =>
      ['a start,a end,b start,b end', 'b start,b end,a start,a end'].includes(order.join(',')),
    );
    expect(Number(events[2]![2])).toBeGreaterThanOrEqual(Number(events[1]![2]));
  });

  it('takes over a lock its holder left behind when it crashed', async () => {
    const recordDir = mkdtempSync(path.join(os.tmpdir(), 'record-lock-'));
    const lock = recordLockPath(recordDir);
    mkdirSync(lock);
    const old = new Date(Date.now() - 60_000);
    utimesSync(lock, old, old);
    await expect(withRecordLock(recordDir, () => 'written', 2000)).resolves.toBe('written');
  });

  it('gives up with a clear message when the lock stays held', async () => {
    const recordDir = mkdtempSync(path.join(os.tmpdir(), 'record-lock-'));
    mkdirSync(recordLockPath(recordDir));
    await expect(withRecordLock(recordDir, () => 'written', 300)).rejects.toThrow(/the record is locked by another verifier run/);
  });
});
