/**
 * What the verifier prints: one located diagnostic per failing block, with the
 * relevant normalized output, then one closing summary line.
 */
import { formatLocation } from '../../../course/errors.ts';
import { skippedTestsIn } from '../run/outcome.ts';
import type { BlockResult, VerifyReport } from '../verify-course.ts';

const MAX_OUTPUT_LINES = 40;

function indent(output: string): string {
  const lines = output.split('\n');
  const shown = lines.slice(0, MAX_OUTPUT_LINES).map((line) => `    | ${line}`.trimEnd());
  if (lines.length > MAX_OUTPUT_LINES) shown.push(`    | … ${lines.length - MAX_OUTPUT_LINES} more lines (use --json FILE for all of it)`);
  return shown.join('\n');
}

/** The diagnostic of one failed block: `file:line:col: error: [id] message`, then its output. */
export function formatFailure(result: BlockResult): string {
  const header = `${formatLocation(result.location)}: error: [${result.unit.id}] ${result.message ?? 'failed'}`;
  return result.output ? `${header}\n${indent(result.output)}` : header;
}

export interface Totals {
  passed: number;
  failed: number;
  /** Blocks not verified (`skip="…"`). */
  skipped: number;
  /** Tests inside verified test blocks that returned error.SkipZigTest (read from their transcripts, cached or fresh). */
  skippedTests: number;
  cached: number;
}

/** Totals of a run; authoring errors and record differences count as failures. */
export function countResults(report: VerifyReport, recordDifferences = 0): Totals {
  const totals: Totals = { passed: 0, failed: report.contentErrors.length + recordDifferences, skipped: 0, skippedTests: 0, cached: 0 };
  for (const result of report.results) {
    totals[result.status]++;
    if (result.cached) totals.cached++;
    if (result.status !== 'skipped' && result.unit.mode === 'test') totals.skippedTests += skippedTestsIn(result.output);
  }
  return totals;
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/**
 * `verify: N passed, N failed, N blocks skipped, N tests skipped (N cached)`:
 * a skipped block is not verified at all, a skipped test ran inside a block
 * that passed; both are counted so neither hides. Cached blocks are passed,
 * and also counted as cached.
 */
export function formatSummary(totals: Totals): string {
  return `verify: ${totals.passed} passed, ${totals.failed} failed, ${count(totals.skipped, 'block')} skipped, ${count(totals.skippedTests, 'test')} skipped (${totals.cached} cached)`;
}
