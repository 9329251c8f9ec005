/**
 * Where Zig runs: compiles one unit in a fresh temporary directory outside the
 * repository, runs the result in the sandbox, and returns its outcome and the
 * transcript a learner would see after typing the unit's command.
 *
 * Compiling and running are separate steps so that a compile error, a crash
 * and a timeout are each told apart exactly. For test blocks the trailer that
 * `zig test` prints when its test binary fails is reproduced, so the
 * transcript is what `zig test file.zig` shows. The pieces are exported for
 * batches (batch/run-batch.ts), which compile many units at once but finish
 * each one exactly as here.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { SourceLocation } from '../errors.ts';
import { buildsExecutable, isRun, optionFlags, type VerifyUnit } from '../extract/unit.ts';
import { locateDiagnostic } from './locate-diagnostic.ts';
import { normalizeOutput, PLACEHOLDER, type NormalizeContext } from './normalize-output.ts';
import { classifyOutcome, type Outcome, type PhaseObservation } from './outcome.ts';
import { runSandboxed, type SandboxResult } from './sandbox.ts';
import type { ZigToolchain } from './zig-toolchain.ts';
import type { Trace } from '../trace/trace-events.ts';
import { traceCollector } from '../trace/trace-unit.ts';

export interface RunSettings {
  zig: ZigToolchain;
  /** Zig's global cache (compiler_rt and friends), shared by all runs. */
  zigCacheDir: string;
  compileTimeoutMs: number;
  /** Default run-time limit; a fence's timeout="…" overrides it. */
  runTimeoutMs: number;
  outputCapBytes: number;
  memoryBytes: number;
  fileSizeBytes: number;
  /** Compile units that can share a compile together (see batch/); false runs every unit on its own. */
  batch: boolean;
  /** Most units in one batch compile. */
  batchSize: number;
  /** Folders a running block may not write to (the repository); it also gets no network. */
  readOnlyPaths: string[];
}

export const DEFAULT_RUN_SETTINGS = {
  compileTimeoutMs: 120_000,
  runTimeoutMs: 10_000,
  outputCapBytes: 64 * 1024,
  memoryBytes: 2 * 1024 ** 3,
  fileSizeBytes: 64 * 1024 ** 2,
  batch: true,
  batchSize: 80,
  readOnlyPaths: [] as string[],
};

export interface UnitRun {
  outcome: Outcome;
  /** Normalized transcript, without the command line. */
  output: string;
  /** Where the failure is in the repository, when Zig's output names a unit file. */
  at?: SourceLocation;
  durationMs: number;
  /** `trace` blocks: the allocation events of the run, taken out of its output (scripts/verify/trace/). */
  trace?: Trace;
}

/** The seed passed to test binaries: fixed, so that a block's output is repeatable. */
export const TEST_SEED = '0x2a';

const decoder = new TextDecoder('utf-8', { fatal: false });

/** One phase (compile or run) as observed, normalized. */
export interface Observed extends PhaseObservation {
  /** The output with compiled line numbers, for locating the failure. */
  plainOutput: string;
}

/** The environment a block's compile and run see: nothing of the verifier's own (no tokens, no HOME). */
export function sandboxEnv(dir: string): Record<string, string> {
  return { PATH: '/usr/local/bin:/usr/bin:/bin', HOME: dir, TMPDIR: dir, LANG: 'C.UTF-8', NO_COLOR: '1' };
}

/** How a unit's output is normalized when its files sit in `unitDir`. */
export function normalizeContextFor(unit: VerifyUnit, unitDir: string, settings: RunSettings): NormalizeContext {
  const lineMaps = unit.display && !unit.display.includePath ? { [unit.main]: unit.display.lineMap } : undefined;
  return { runDir: unitDir, zigLibDir: settings.zig.libDir, zigCacheDir: settings.zigCacheDir, home: os.homedir(), ...(lineMaps ? { lineMaps } : {}) };
}

/** Decodes and normalizes a phase; `rewrite` first maps batch-specific text back to its solo form. */
export function observe(result: SandboxResult, timeoutMs: number, context: NormalizeContext, rewrite: (raw: string) => string = (raw) => raw): Observed {
  const raw = rewrite(decoder.decode(result.output));
  const marker = result.truncated ? `\n[output truncated: showing the first ${result.output.length} of ${result.outputBytes} bytes]` : '';
  const output = normalizeOutput(raw, context);
  const { lineMaps: _, ...plainContext } = context;
  return {
    exitCode: result.exitCode,
    signal: result.signal,
    timedOut: result.timedOut,
    timeoutMs,
    output: (output + marker).replace(/^\n/, ''),
    plainOutput: normalizeOutput(raw, plainContext),
  };
}

/** Compiles in the sandbox: zig itself gets no memory limit, but a time limit and a file-size limit. */
export function compileInSandbox(settings: RunSettings, args: string[], cwd: string, outputCapBytes = settings.outputCapBytes): Promise<SandboxResult> {
  return runSandboxed({
    command: settings.zig.path,
    args,
    cwd,
    env: { ...sandboxEnv(cwd), ZIG_GLOBAL_CACHE_DIR: settings.zigCacheDir, ZIG_LOCAL_CACHE_DIR: path.join(cwd, '.zig-cache') },
    limits: { timeoutMs: settings.compileTimeoutMs, outputCapBytes, fileSizeBytes: 1024 ** 3 },
  });
}

/** Runs a compiled block with every limit. */
export function runInSandbox(
  settings: RunSettings,
  unit: VerifyUnit,
  binary: string,
  cwd: string,
  extraEnv: Record<string, string> = {},
): Promise<SandboxResult> {
  return runSandboxed({
    command: binary,
    args: unit.mode === 'test' ? [`--seed=${TEST_SEED}`] : [],
    cwd,
    env: { ...sandboxEnv(cwd), ...extraEnv },
    isolate: { readOnly: settings.readOnlyPaths },
    limits: {
      timeoutMs: unit.timeoutMs ?? settings.runTimeoutMs,
      outputCapBytes: settings.outputCapBytes,
      memoryBytes: settings.memoryBytes,
      fileSizeBytes: settings.fileSizeBytes,
    },
  });
}

function testTrailer(run: PhaseObservation): string {
  if (run.timedOut || (run.exitCode === 0 && !run.signal)) return '';
  const how = run.signal ? `terminated with signal ${run.signal.replace(/^SIG/, '')}` : `failed with exit code ${run.exitCode}`;
  return `error: the following test command ${how}:\n${PLACEHOLDER.zigCache}/o/${PLACEHOLDER.hash}/test --seed=${PLACEHOLDER.seed}`;
}

function joinOutput(...parts: string[]): string {
  return parts.filter((part) => part !== '').join('\n');
}

/**
 * The arguments of the unit's compile (`binary`: where the result goes), or
 * of an analysis-only one (`binary` undefined: `-fno-emit-bin`). A `syntax`
 * unit's "compile" is `zig ast-check`.
 */
export function compileArgs(unit: VerifyUnit, binary: string | undefined): string[] {
  const emit = binary === undefined ? '-fno-emit-bin' : `-femit-bin=${binary}`;
  const flags = optionFlags(unit.options);
  if (unit.mode === 'syntax') return ['ast-check', unit.main];
  if (unit.mode === 'test') return ['test', '--test-no-exec', emit, unit.main, ...flags];
  return [buildsExecutable(unit) ? 'build-exe' : 'build-obj', unit.main, emit, ...flags];
}

/** The unit's outcome and transcript from what its compile (and run) did. */
export function concludeUnit(unit: VerifyUnit, compile: Observed, run: Observed | undefined, started: number): UnitRun {
  const durationMs = Math.round(performance.now() - started);
  let result: UnitRun;
  let plainOutput: string;
  if (!run) {
    result = { outcome: classifyOutcome(unit.mode, compile, undefined, unit.options?.target), output: compile.output, durationMs };
    plainOutput = compile.plainOutput;
  } else {
    const output = joinOutput(compile.output, run.output, unit.mode === 'test' ? testTrailer(run) : '');
    result = {
      outcome: classifyOutcome(unit.mode, compile, run),
      output: run.timedOut ? joinOutput(output, `[killed after the ${run.timeoutMs / 1000}s time limit]`) : output,
      durationMs,
    };
    plainOutput = run.plainOutput;
  }
  if (result.outcome.kind === 'passed') return result;
  const at = locateDiagnostic(plainOutput, unit.origins);
  return at ? { ...result, at } : result;
}

/** Writes a unit's files into `dir`. */
export function writeUnitFiles(unit: VerifyUnit, dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(unit.files)) writeFileSync(path.join(dir, name), text);
}

/** Compiles and runs one unit on its own; never throws for anything the block does. */
export async function runUnit(unit: VerifyUnit, settings: RunSettings): Promise<UnitRun> {
  const started = performance.now();
  const runDir = mkdtempSync(path.join(os.tmpdir(), 'zig-verify-'));
  try {
    writeUnitFiles(unit, runDir);
    mkdirSync(path.join(runDir, '.bin'));
    const binary = path.join(runDir, '.bin', unit.mode === 'test' ? 'test' : `${unit.main.replace(/\.zig$/, '')}${buildsExecutable(unit) ? '' : '.o'}`);
    const context = normalizeContextFor(unit, runDir, settings);
    const compile = observe(await compileInSandbox(settings, compileArgs(unit, binary), runDir), settings.compileTimeoutMs, context);
    if (compile.timedOut || compile.exitCode !== 0 || !isRun(unit)) return concludeUnit(unit, compile, undefined, started);
    const traced = traceCollector(unit);
    const run = observe(await runInSandbox(settings, unit, binary, runDir), unit.timeoutMs ?? settings.runTimeoutMs, context, traced?.rewrite);
    const concluded = concludeUnit(unit, compile, run, started);
    return traced ? { ...concluded, trace: traced.trace() } : concluded;
  } finally {
    rmSync(runDir, { recursive: true, force: true });
  }
}
