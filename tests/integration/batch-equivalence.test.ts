/**
 * Batching changes speed, never verdicts: the fixture courses verified one
 * block per compile (--no-batch) and in shared compiles give the same
 * statuses, messages, locations and outputs, and the same record.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, runVerify, type VerifyRun } from '../helpers/run-verify.ts';

function recordFiles(course: string): Record<string, string> {
  const root = path.join(course, 'snippets', 'verified');
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      // Durations are how long it took, not what happened.
      else files[path.relative(root, full)] = readFileSync(full, 'utf8').replace(/"durationMs": \d+/g, '"durationMs": 0');
    }
  };
  walk(root);
  return files;
}

const comparable = (run: VerifyRun) => run.results.map(({ durationMs: _, cached: __, ...rest }) => rest);

describe.each(['course', 'failing', 'fence-language'])('the %s fixture', (fixture) => {
  it('gives identical results batched and one by one', async () => {
    const solo = copyFixture(fixture);
    const batched = copyFixture(fixture);
    const one = await runVerify(solo, ['--no-batch']);
    const many = await runVerify(batched);
    expect(many.exitCode).toBe(one.exitCode);
    expect(comparable(many)).toEqual(comparable(one));
    expect(many.stderr.replaceAll(batched, '<course>')).toBe(one.stderr.replaceAll(solo, '<course>'));
    expect(recordFiles(batched)).toEqual(recordFiles(solo));
  });
});
