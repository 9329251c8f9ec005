/**
 * Ctrl-C in the middle of a run: the verifier takes every running block down
 * with it, says so, exits 130, and the record is exactly the old one (the new
 * one is only ever written after every block has run, file by file atomically).
 */
import { execa } from 'execa';
import { readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { expect, it } from 'vitest';
import { copyFixture, projectRoot, runVerify, snapshotDir } from '../helpers/run-verify.ts';

/** Every process descended from `root` (the verifier's blocks and the Zig compilers it started). */
function descendants(root: number): { pid: number; args: string }[] {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => {
      const [pid, ppid, ...args] = line.trim().split(/\s+/);
      return { pid: Number(pid), ppid: Number(ppid), args: args.join(' ') };
    });
  const found: { pid: number; args: string }[] = [];
  const ids = new Set([root]);
  for (let grew = true; grew;) {
    grew = false;
    for (const row of rows) if (ids.has(row.ppid) && !ids.has(row.pid)) (ids.add(row.pid), found.push(row), (grew = true));
  }
  return found;
}

it('leaves the old record and no running block behind when interrupted', async () => {
  const course = copyFixture('course');
  expect((await runVerify(course)).exitCode).toBe(0);
  const record = path.join(course, 'snippets', 'verified');
  const before = snapshotDir(record);

  // A changed output, so a completed run would have rewritten the record.
  const lesson = path.join(course, 'content/lessons/1.1-fixture-basics.mdx');
  writeFileSync(lesson, readFileSync(lesson, 'utf8').replace('"hello, {s}\\n", .{"fixture"}', '"hello again, {s}\\n", .{"fixture"}'));

  const child = execa(process.execPath, [path.join(projectRoot, 'scripts/verify/cli.ts'), '--root', course, '--all'], { reject: false });
  // Interrupt once Zig is at work on the blocks.
  let started: { pid: number; args: string }[] = [];
  for (let waited = 0; waited < 20_000 && !started.some((p) => /\bzig\b/.test(p.args)); waited += 50) {
    await sleep(50);
    started = descendants(child.pid!);
  }
  expect(started.some((p) => /\bzig\b/.test(p.args))).toBe(true);
  child.kill('SIGINT');
  const result = await child;

  expect(result.exitCode).toBe(130);
  expect(String(result.stderr)).toContain('verify: interrupted (SIGINT); the record was not changed');
  expect(snapshotDir(record)).toEqual(before);
  // Nothing it started lives on: its process groups were killed with it.
  await sleep(200);
  // A killed process may linger as a zombie until the machine's init reaps it: that one is dead too.
  const alive = started.filter(({ pid }) => {
    try {
      return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
    } catch {
      return false;
    }
  });
  expect(alive).toEqual([]);
}, 120_000);
