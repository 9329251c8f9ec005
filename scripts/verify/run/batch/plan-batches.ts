/**
 * Which units may share one compile. A test block compiles into a shared test
 * binary, a run block into a shared program, and each still runs in its own
 * process; a unit stays on its own when sharing could change what it prints.
 */
import type { VerifyUnit } from '../../../../course/extract/unit.ts';

export interface BatchPlan {
  /** Test units compiled together (split into batches of at most `batchSize`). */
  test: VerifyUnit[][];
  /** Run units compiled together. */
  run: VerifyUnit[][];
  /** Units compiled and run on their own, with the reason. */
  solo: { unit: VerifyUnit; reason: string }[];
}

/** Why a unit cannot share a compile, or undefined when it can. */
export function soloReason(unit: VerifyUnit): string | undefined {
  // A shared compile reports a unit's errors with other reference traces than its own compile.
  if (unit.expect.kind === 'compile-error') return 'its compile error must be the one it produces on its own';
  if (unit.mode === 'build' || unit.mode === 'syntax') return `a "${unit.mode}" block is not run`;
  if (unit.trace) return 'its allocation events are read from its own run (trace)';
  if (unit.options) return 'its compile options (link-libc, optimize, target) are its own';
  const sources = Object.values(unit.files).join('\n');
  if (/@import\(\s*"root"\s*\)/.test(sources)) return 'it imports "root", which is the batch, not the block, in a shared compile';
  if (Object.keys(unit.files).some((name) => name.startsWith('zv_'))) return 'its file names collide with the batch files';
  if (unit.mode === 'run') {
    const main = unit.files[unit.main] ?? '';
    if (!/^\s*pub\s+fn\s+main\s*\(\s*\)/m.test(main)) return 'its main takes arguments (only `pub fn main()` is batched)';
    // Root-level options of a program apply only when the block's file is the root.
    if (/^\s*pub\s+(const|var|fn)\s+(std_options|panic|os|debug)\b/m.test(main)) return 'it declares root options (std_options, panic, …)';
  }
  return undefined;
}

function chunk<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  // Even chunks: a 90-unit course with size 80 compiles as 45 + 45, not 80 + 10.
  const count = Math.ceil(items.length / size);
  for (let i = 0; i < count; i++) chunks.push(items.slice(Math.floor((i * items.length) / count), Math.floor(((i + 1) * items.length) / count)));
  return chunks;
}

/** Splits units into shared compiles and solo runs. A batch of one is just a solo run. */
export function planBatches(units: VerifyUnit[], batchSize: number): BatchPlan {
  const plan: BatchPlan = { test: [], run: [], solo: [] };
  const byMode: Record<'test' | 'run', VerifyUnit[]> = { test: [], run: [] };
  for (const unit of units) {
    const reason = soloReason(unit);
    if (reason) plan.solo.push({ unit, reason });
    else byMode[unit.mode as 'test' | 'run'].push(unit);
  }
  for (const mode of ['test', 'run'] as const) {
    if (byMode[mode].length === 1) plan.solo.push({ unit: byMode[mode][0]!, reason: 'the only one of its kind' });
    else if (byMode[mode].length > 1) plan[mode] = chunk(byMode[mode], batchSize);
  }
  return plan;
}
