/**
 * The `verify:` summary line counts skipped blocks and skipped tests apart,
 * from the transcripts the real course records (snippets/verified/), cached or not.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countResults, formatSummary } from '../../scripts/verify/report/format-results.ts';
import type { BlockResult, VerifyReport } from '../../scripts/verify/verify-course.ts';
import type { VerifyUnit } from '../../course/extract/unit.ts';

interface RecordedEntry {
  id: string;
  mode: VerifyUnit['mode'];
  label: string;
  output: string;
}

const recorded: RecordedEntry[] = JSON.parse(readFileSync('snippets/verified/lessons/2.5-testing-in-depth.json', 'utf8')).entries;

const result = (entry: Pick<RecordedEntry, 'id' | 'mode' | 'output'>, status: BlockResult['status'], cached: boolean): BlockResult =>
  ({
    unit: { id: entry.id, mode: entry.mode } as VerifyUnit,
    status,
    cached,
    location: { file: 'x.mdx', line: 1, column: 1 },
    output: entry.output,
    durationMs: 0,
  }) as BlockResult;

const report = (results: BlockResult[]) => ({ results, contentErrors: [] }) as unknown as VerifyReport;

describe('the verify summary line', () => {
  it('counts the tests a passing block skipped, as the record of lesson 2.5 shows them', () => {
    const skipping = recorded.find((entry) => /tests? skipped/.test(entry.label));
    expect(skipping, 'lesson 2.5 records a block with a skipped test').toBeDefined();
    const skippedInLabel = Number(/(\d+) tests? skipped/.exec(skipping!.label)![1]);
    const others = recorded.filter((entry) => entry !== skipping && !/skipped/.test(entry.output));
    const totals = countResults(report([result(skipping!, 'passed', true), ...others.map((entry) => result(entry, 'passed', false))]));
    expect(totals.skippedTests).toBe(skippedInLabel);
    expect(totals).toMatchObject({ passed: others.length + 1, failed: 0, skipped: 0, cached: 1 });
    expect(formatSummary(totals)).toBe(
      `verify: ${others.length + 1} passed, 0 failed, 0 blocks skipped, ${skippedInLabel} test${skippedInLabel === 1 ? '' : 's'} skipped (1 cached)`,
    );
  });

  it('counts skipped blocks apart from skipped tests, and a skipped block has no tests', () => {
    const summary = '1/3 a.test.x...OK\n2/3 a.test.y...SKIP\n3/3 a.test.z...SKIP\n1 passed; 2 skipped; 0 failed.';
    const totals = countResults(
      report([
        result({ id: 'two-skipped', mode: 'test', output: summary }, 'passed', false),
        result({ id: 'not-verified', mode: 'test', output: '' }, 'skipped', false),
        result({ id: 'not-verified-2', mode: 'run', output: '' }, 'skipped', false),
        // A program printing a test summary is not a test block.
        result({ id: 'program', mode: 'run', output: summary }, 'passed', false),
      ]),
      1,
    );
    expect(formatSummary(totals)).toBe('verify: 2 passed, 1 failed, 2 blocks skipped, 2 tests skipped (0 cached)');
    expect(formatSummary({ passed: 1, failed: 0, skipped: 1, skippedTests: 1, cached: 0 })).toBe(
      'verify: 1 passed, 0 failed, 1 block skipped, 1 test skipped (0 cached)',
    );
  });
});
