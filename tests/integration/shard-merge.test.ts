/**
 * `--shard i/n` on separate "machines" (separate copies of the fixture
 * course), then `--import` of their records on another one: the merged record
 * is the record one full run makes (durations aside), and merging runs no Zig.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyFixture, runVerify, type VerifyRun } from '../helpers/run-verify.ts';

const SHARDS = 3;
let shardRuns: VerifyRun[];
let shardCourses: string[];
let merged: VerifyRun;
let mergedCourse: string;
let fullCourse: string;

/** A record file with its timings removed (they differ between any two runs). */
function recordWithoutDurations(course: string, file: string): unknown {
  const record = JSON.parse(readFileSync(path.join(course, 'snippets/verified', file), 'utf8'));
  for (const entry of record.entries) delete entry.durationMs;
  return record;
}

beforeAll(async () => {
  shardCourses = Array.from({ length: SHARDS }, () => copyFixture('course'));
  shardRuns = [];
  for (const [i, course] of shardCourses.entries()) shardRuns.push(await runVerify(course, ['--shard', `${i + 1}/${SHARDS}`]));
  mergedCourse = copyFixture('course');
  // No Zig at all on the merging machine: every proof must come from the shards.
  merged = await runVerify(
    mergedCourse,
    shardCourses.flatMap((course) => ['--import', course]),
    { ZIG: '/nonexistent/zig' },
  );
  fullCourse = copyFixture('course');
  await runVerify(fullCourse);
});

describe('verification split over machines', () => {
  it('gives each shard a disjoint share, and the shares cover the course', () => {
    const ids = shardRuns.map((run) => run.results.map((r) => r.id));
    const all = ids.flat();
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBe(19);
    for (const [i, run] of shardRuns.entries()) {
      expect(run.exitCode).toBe(0);
      expect(run.stdout).toContain(`shard ${i + 1}/${SHARDS} (${ids[i]!.length} of 19 blocks)`);
    }
  });

  it('merges the shards into the record one full run makes, without running Zig', () => {
    expect(merged.exitCode).toBe(0);
    expect(merged.stdout).toContain('nothing to run');
    expect(merged.results.filter((r) => r.status === 'passed')).toHaveLength(18);
    for (const file of ['lessons/1.1-fixture-basics.json', 'exercises/1.1-sum/exercise.json']) {
      expect(recordWithoutDurations(mergedCourse, file)).toEqual(recordWithoutDurations(fullCourse, file));
    }
    expect(readFileSync(path.join(mergedCourse, 'snippets/verified/syntax-scan.jsonl'), 'utf8')).toBe(
      readFileSync(path.join(fullCourse, 'snippets/verified/syntax-scan.jsonl'), 'utf8'),
    );
  });

  it('refuses a folder that does not exist, with exit 2', async () => {
    const run = await runVerify(copyFixture('course'), ['--import', '/nonexistent/shard']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('--import /nonexistent/shard: no such folder');
  });
});
