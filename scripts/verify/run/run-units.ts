/**
 * Runs every unit that needs Zig, as fast as the machine allows without
 * changing a single verdict or byte of output: units that can share a compile
 * do (batch/), the rest compile on their own, all in parallel up to the
 * number of cores.
 */
import type { VerifyUnit } from '../../../course/extract/unit.ts';
import { astCheck, expectsCompileError, semaCheck } from './compile-checks.ts';
import { planBatches } from './batch/plan-batches.ts';
import { batchRunnerSource, runBatch } from './batch/run-batch.ts';
import { readSoloFrames, type SoloFrames } from './batch/solo-frames.ts';
import { mapWithLimit } from './pool.ts';
import { runUnit, type RunSettings, type UnitRun } from './run-unit.ts';
import { runErrorSession, sessionable } from './server/error-session.ts';

export interface RunUnitsOptions {
  concurrency: number;
  onUnitDone?: (unit: VerifyUnit) => void;
  /** Told when batching is unavailable (then every unit runs on its own). */
  warn?: (message: string) => void;
}

/** Runs `units` (distinct keys); returns each unit's run. */
export async function runUnits(units: VerifyUnit[], settings: RunSettings, options: RunUnitsOptions): Promise<Map<VerifyUnit, UnitRun>> {
  const runs = new Map<VerifyUnit, UnitRun>();
  let frames: SoloFrames | undefined;
  if (settings.batch) {
    try {
      frames = readSoloFrames(settings.zig.libDir, batchRunnerSource);
    } catch (error) {
      options.warn?.(`${(error as Error).message}; verifying every block on its own`);
    }
  }
  const solo = async (unit: VerifyUnit) => {
    runs.set(unit, await runUnit(unit, settings));
    options.onUnitDone?.(unit);
  };
  if (!frames) {
    await mapWithLimit(units, options.concurrency, solo);
    return runs;
  }

  // Syntax-level errors first: milliseconds each, and those units need no compile at all.
  const clean: VerifyUnit[] = [];
  const trace = process.env.ZV_TRACE ? (what: string, since: number) => console.error(`trace: ${what} ${Math.round(performance.now() - since)}ms`) : undefined;
  const astStarted = performance.now();
  await mapWithLimit(units, options.concurrency * 2, async (unit) => {
    const checked = await astCheck(unit, settings);
    if (!checked) return clean.push(unit);
    runs.set(unit, checked);
    options.onUnitDone?.(unit);
  });
  trace?.(`ast-check of ${units.length} blocks (${units.length - clean.length} concluded)`, astStarted);

  const plan = planBatches(
    clean.sort((a, b) => units.indexOf(a) - units.indexOf(b)),
    settings.batchSize,
  );
  const batches = [
    ...plan.test.map((members) => ({ kind: 'test' as const, members })),
    ...plan.run.map((members) => ({ kind: 'run' as const, members })),
    ...plan.obj.map((members) => ({ kind: 'obj' as const, members })),
  ];
  const leftovers: VerifyUnit[] = [];
  // Blocks expected not to compile share one compiler server (server/), which analyses std once for all of them.
  const session = plan.solo.map(({ unit }) => unit).filter(sessionable);
  const handedBack: VerifyUnit[] = [];
  // Batches first: they are the long compiles; the session and solo units fill the other cores meanwhile.
  type Task = { batch: (typeof batches)[number] } | { unit: VerifyUnit } | { session: VerifyUnit[] };
  const tasks: Task[] = [
    ...batches.map((batch) => ({ batch })),
    ...(session.length > 1 ? [{ session }] : []),
    ...plan.solo.filter(({ unit }) => session.length <= 1 || !session.includes(unit)).map(({ unit }) => ({ unit })),
  ];
  await mapWithLimit(tasks, options.concurrency, async (task) => {
    const t0 = performance.now();
    if ('session' in task) {
      const result = await runErrorSession(task.session, settings, options.onUnitDone);
      for (const [unit, run] of result.runs) runs.set(unit, run);
      handedBack.push(...result.handedBack);
      trace?.(`session of ${task.session.length} (${result.handedBack.length} handed back)`, t0);
      return;
    }
    if ('unit' in task) {
      const analysed = expectsCompileError(task.unit) ? await semaCheck(task.unit, settings) : undefined;
      if (analysed) {
        runs.set(task.unit, analysed);
        options.onUnitDone?.(task.unit);
      } else {
        await solo(task.unit);
      }
      // The kind, for the benchmark's profile: which compiles the cold time goes to.
      const how = analysed ? 'analysis-only' : expectsCompileError(task.unit) ? 'analysis-only+compile' : task.unit.mode;
      trace?.(`solo ${how} ${task.unit.id}`, t0);
      return;
    }
    const { kind, members } = task.batch;
    const result = await runBatch(kind, members, settings, frames, options.concurrency, options.onUnitDone);
    for (const [unit, run] of result.runs) runs.set(unit, run);
    leftovers.push(...result.solo);
    if (result.problem) options.warn?.(`a ${kind} batch of ${members.length} blocks was verified one by one instead: ${result.problem}`);
    trace?.(`${kind} batch of ${members.length} (${result.solo.length} handed back)`, t0);
  });
  // What the session could not be sure of: analysis-only compiles of their own, as before.
  await mapWithLimit(handedBack, options.concurrency, async (unit) => {
    const t0 = performance.now();
    const analysed = await semaCheck(unit, settings);
    if (analysed) {
      runs.set(unit, analysed);
      options.onUnitDone?.(unit);
    } else {
      await solo(unit);
    }
    trace?.(`solo ${analysed ? 'analysis-only' : 'analysis-only+compile'} ${unit.id}`, t0);
  });
  await mapWithLimit(leftovers, options.concurrency, async (unit) => {
    const t0 = performance.now();
    await solo(unit);
    trace?.(`solo handed-back ${unit.id}`, t0);
  });
  return runs;
}
