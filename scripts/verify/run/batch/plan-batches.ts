/**
 * Which units may share one compile. A test block compiles into a shared test
 * binary, a run block into a shared program, and each still runs in its own
 * process; a `build` block with `pub fn main()` joins the shared program (its
 * main compiled as start.zig would call it, never run), one without joins a
 * shared object (`zig build-obj`, the output mode its own compile has). A unit
 * stays on its own when sharing could change what it prints.
 */
import { buildsExecutable, type VerifyUnit } from '../../../../course/extract/unit.ts';

export type BatchKind = 'test' | 'run' | 'obj';

export interface BatchPlan {
  /** Test units compiled together (split into batches of at most `batchSize`). */
  test: VerifyUnit[][];
  /** Run units (and build units with a main) compiled together. */
  run: VerifyUnit[][];
  /** Build units without a main, compiled together into one object. */
  obj: VerifyUnit[][];
  /** Units compiled and run on their own, with the reason. */
  solo: { unit: VerifyUnit; reason: string }[];
}

/** Why a unit cannot share a compile, or undefined when it can. */
export function soloReason(unit: VerifyUnit): string | undefined {
  // A shared compile reports a unit's errors with other reference traces than its own compile.
  if (unit.expect.kind === 'compile-error') return 'its compile error must be the one it produces on its own';
  if (unit.mode === 'syntax') return 'a "syntax" block is only parsed';
  if (unit.trace) return 'its allocation events are read from its own run (trace)';
  if (unit.options) return 'its compile options (link-libc, optimize, target) are its own';
  const sources = Object.values(unit.files).join('\n');
  if (/@import\(\s*"root"\s*\)/.test(sources)) return 'it imports "root", which is the batch, not the block, in a shared compile';
  if (Object.keys(unit.files).some((name) => name.startsWith('zv_'))) return 'its file names collide with the batch files';
  if (unit.mode === 'build' && !buildsExecutable(unit)) {
    // An object has no main of its own; one that names main (export fn main, a main that is not pub) would meet the program's.
    if (/\bmain\b/.test(sources)) return 'an object block that names main is compiled on its own';
    if (/^\s*pub\s+(const|var|fn)\s+(std_options|panic|os|debug)\b/m.test(unit.files[unit.main] ?? ''))
      return 'it declares root options (std_options, panic, …)';
  }
  if (buildsExecutable(unit)) {
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
  const plan: BatchPlan = { test: [], run: [], obj: [], solo: [] };
  const byMode: Record<BatchKind, VerifyUnit[]> = { test: [], run: [], obj: [] };
  for (const unit of units) {
    const reason = soloReason(unit);
    if (reason) plan.solo.push({ unit, reason });
    else byMode[unit.mode === 'test' ? 'test' : buildsExecutable(unit) ? 'run' : 'obj'].push(unit);
  }
  for (const mode of ['test', 'run', 'obj'] as const) {
    if (byMode[mode].length === 1) plan.solo.push({ unit: byMode[mode][0]!, reason: 'the only one of its kind' });
    else if (byMode[mode].length > 1) plan[mode] = chunk(byMode[mode], batchSize);
  }
  return plan;
}
