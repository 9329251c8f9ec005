/**
 * One shared compile for many units, then one process per unit. A unit whose
 * code breaks the shared compile is handed back to be verified on its own
 * (its compile error is then exactly the one it produces alone), and the
 * batch is compiled again without it.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isRun, type VerifyUnit } from '../../../../course/extract/unit.ts';
import { mapWithLimit } from '../pool.ts';
import {
  compileInSandbox,
  concludeUnit,
  normalizeContextFor,
  observe,
  runInSandbox,
  writeUnitFiles,
  type Observed,
  type RunSettings,
  type UnitRun,
} from '../run-unit.ts';
import { OBJ_ROOT, objRootSource, RUN_ROOT, runRootSource, TEST_ROOT, TEST_RUNNER, testRootSource, unitFolder, type Member } from './batch-sources.ts';
import type { BatchKind } from './plan-batches.ts';
import { rewriteBatchOutput } from './rewrite-output.ts';
import type { SoloFrames } from './solo-frames.ts';

/** The batch test runner's source (a Zig file beside this module). */
export const batchRunnerSource = readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'test-runner.zig'), 'utf8');

export interface BatchResult {
  runs: Map<VerifyUnit, UnitRun>;
  /** Units to verify on their own (they broke the shared compile). */
  solo: VerifyUnit[];
  /** Set when the batch failed for a reason no unit explains (worth a warning: batching is not helping). */
  problem?: string;
}

function prepareBatchDir(): string {
  const batchDir = mkdtempSync(path.join(os.tmpdir(), 'zig-verify-batch-'));
  mkdirSync(path.join(batchDir, '.bin'));
  return batchDir;
}

const MAX_COMPILE_ATTEMPTS = 4;

/** What a clean compile prints: nothing (Zig has no warnings). */
const cleanCompile: Observed = { exitCode: 0, signal: null, timedOut: false, timeoutMs: 0, output: '', plainOutput: '' };

/** The batch's root file and its compile's arguments. */
function batchCompile(kind: BatchKind, members: Member[], binary: string): { root: string; source: string; args: string[] } {
  if (kind === 'test')
    return {
      root: TEST_ROOT,
      source: testRootSource(members),
      args: ['test', '--test-no-exec', '--test-runner', TEST_RUNNER, `-femit-bin=${binary}`, TEST_ROOT],
    };
  if (kind === 'run') return { root: RUN_ROOT, source: runRootSource(members), args: ['build-exe', RUN_ROOT, `-femit-bin=${binary}`] };
  return { root: OBJ_ROOT, source: objRootSource(members), args: ['build-obj', OBJ_ROOT, `-femit-bin=${binary}`] };
}

export async function runBatch(
  kind: BatchKind,
  units: VerifyUnit[],
  settings: RunSettings,
  frames: SoloFrames,
  concurrency: number,
  onUnitDone?: (unit: VerifyUnit) => void,
): Promise<BatchResult> {
  const started = performance.now();
  const batchDir = prepareBatchDir();
  const result: BatchResult = { runs: new Map(), solo: [] };
  try {
    units.forEach((unit, i) => writeUnitFiles(unit, path.join(batchDir, unitFolder(i))));
    if (kind === 'test') writeFileSync(path.join(batchDir, TEST_RUNNER), batchRunnerSource);
    let members: Member[] = units.map((unit, index) => ({ unit, index }));
    const binary = path.join(batchDir, '.bin', kind === 'test' ? 'test' : kind === 'run' ? 'program' : 'object.o');

    for (let attempt = 1; ; attempt++) {
      // Folders keep their numbers; the root imports the members that remain.
      const { root, source, args } = batchCompile(kind, members, binary);
      writeFileSync(path.join(batchDir, root), source);
      const compile = await compileInSandbox(settings, args, batchDir);
      if (compile.exitCode === 0 && !compile.timedOut) break;
      const text = new TextDecoder().decode(compile.output);
      const guilty = new Set([...text.matchAll(/zv_unit_(\d+)\//g)].map((m) => Number(m[1])));
      const attributable = members.some((m) => guilty.has(m.index));
      if (compile.timedOut || !attributable || attempt >= MAX_COMPILE_ATTEMPTS) {
        result.solo.push(...members.map((m) => m.unit));
        result.problem = compile.timedOut ? 'the shared compile timed out' : `the shared compile failed: ${text.split('\n').slice(0, 3).join(' | ')}`;
        return result;
      }
      result.solo.push(...members.filter((m) => guilty.has(m.index)).map((m) => m.unit));
      members = members.filter((m) => !guilty.has(m.index));
      if (members.length === 0) return result;
    }

    const compileShare = (performance.now() - started) / members.length;
    await mapWithLimit(members, concurrency, async ({ unit, index }) => {
      const unitStarted = performance.now() - compileShare;
      // A compile-only block (build) is done: it compiled, and its own compile prints nothing either.
      if (kind === 'obj' || !isRun(unit)) {
        result.runs.set(unit, concludeUnit(unit, cleanCompile, undefined, unitStarted));
        onUnitDone?.(unit);
        return;
      }
      const unitDir = path.join(batchDir, unitFolder(index));
      const raw = await runInSandbox(settings, unit, binary, unitDir, { ZV_UNIT: unitFolder(index) });
      const run = observe(raw, unit.timeoutMs ?? settings.runTimeoutMs, normalizeContextFor(unit, unitDir, settings), (text) =>
        rewriteBatchOutput(text, { kind, batchDir, unitMain: unit.main, frames }),
      );
      result.runs.set(unit, concludeUnit(unit, cleanCompile, run, unitStarted));
      onUnitDone?.(unit);
    });
    return result;
  } finally {
    rmSync(batchDir, { recursive: true, force: true });
  }
}
