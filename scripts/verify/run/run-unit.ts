/**
 * Where Zig runs: compiles one unit in a fresh temporary directory outside the
 * repository, runs the result in the sandbox, and returns its outcome and the
 * transcript a learner would see after typing the unit's command.
 *
 * Compiling and running are separate steps so that a compile error, a crash
 * and a timeout are each told apart exactly. For test blocks the trailer that
 * `zig test` prints when its test binary fails is reproduced, so the
 * transcript is what `zig test file.zig` shows.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { SourceLocation } from '../errors.ts';
import type { VerifyUnit } from '../extract/unit.ts';
import { locateDiagnostic } from './locate-diagnostic.ts';
import { normalizeOutput, PLACEHOLDER, type NormalizeContext } from './normalize-output.ts';
import { classifyOutcome, type Outcome, type PhaseObservation } from './outcome.ts';
import { runSandboxed, type SandboxResult } from './sandbox.ts';
import type { ZigToolchain } from './zig-toolchain.ts';

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
}

export const DEFAULT_RUN_SETTINGS = {
  compileTimeoutMs: 120_000,
  runTimeoutMs: 10_000,
  outputCapBytes: 64 * 1024,
  memoryBytes: 2 * 1024 ** 3,
  fileSizeBytes: 64 * 1024 ** 2,
} as const;

export interface UnitRun {
  outcome: Outcome;
  /** Normalized transcript, without the command line. */
  output: string;
  /** Where the failure is in the repository, when Zig's output names a unit file. */
  at?: SourceLocation;
  durationMs: number;
}

/** The seed passed to test binaries: fixed, so that a block's output is repeatable. */
export const TEST_SEED = '0x2a';

const decoder = new TextDecoder('utf-8', { fatal: false });

interface Observed extends PhaseObservation {
  /** The output with compiled line numbers, for locating the failure. */
  plainOutput: string;
}

function observe(result: SandboxResult, timeoutMs: number, context: NormalizeContext): Observed {
  const raw = decoder.decode(result.output);
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

function testTrailer(run: PhaseObservation): string {
  if (run.timedOut || (run.exitCode === 0 && !run.signal)) return '';
  const how = run.signal ? `terminated with signal ${run.signal.replace(/^SIG/, '')}` : `failed with exit code ${run.exitCode}`;
  return `error: the following test command ${how}:\n${PLACEHOLDER.zigCache}/o/${PLACEHOLDER.hash}/test --seed=${PLACEHOLDER.seed}`;
}

function withLocation(unit: VerifyUnit, run: UnitRun, plainOutput: string): UnitRun {
  if (run.outcome.kind === 'passed') return run;
  const at = locateDiagnostic(plainOutput, unit.origins);
  return at ? { ...run, at } : run;
}

function joinOutput(...parts: string[]): string {
  return parts.filter((part) => part !== '').join('\n');
}

/** Compiles and runs one unit; never throws for anything the block does. */
export async function runUnit(unit: VerifyUnit, settings: RunSettings): Promise<UnitRun> {
  const started = performance.now();
  const runDir = mkdtempSync(path.join(os.tmpdir(), 'zig-verify-'));
  try {
    for (const [name, text] of Object.entries(unit.files)) writeFileSync(path.join(runDir, name), text);
    mkdirSync(path.join(runDir, '.bin'));
    const binary = path.join(runDir, '.bin', unit.mode === 'test' ? 'test' : unit.main.replace(/\.zig$/, ''));
    const lineMaps = unit.display && !unit.display.includePath ? { [unit.main]: unit.display.lineMap } : undefined;
    const context: NormalizeContext = {
      runDir,
      zigLibDir: settings.zig.libDir,
      zigCacheDir: settings.zigCacheDir,
      home: os.homedir(),
      ...(lineMaps ? { lineMaps } : {}),
    };
    const baseEnv = { PATH: '/usr/local/bin:/usr/bin:/bin', HOME: runDir, TMPDIR: runDir, LANG: 'C.UTF-8', NO_COLOR: '1' };

    const compileArgs =
      unit.mode === 'test'
        ? ['test', '--test-no-exec', `-femit-bin=${binary}`, unit.main]
        : ['build-exe', unit.main, `-femit-bin=${binary}`];
    const compileResult = await runSandboxed({
      command: settings.zig.path,
      args: compileArgs,
      cwd: runDir,
      env: { ...baseEnv, ZIG_GLOBAL_CACHE_DIR: settings.zigCacheDir, ZIG_LOCAL_CACHE_DIR: path.join(runDir, '.zig-cache') },
      limits: { timeoutMs: settings.compileTimeoutMs, outputCapBytes: settings.outputCapBytes, fileSizeBytes: 1024 ** 3 },
    });
    const compile = observe(compileResult, settings.compileTimeoutMs, context);
    if (compile.timedOut || compile.exitCode !== 0) {
      return withLocation(unit, { outcome: classifyOutcome(unit.mode, compile), output: compile.output, durationMs: Math.round(performance.now() - started) }, compile.plainOutput);
    }

    const runTimeoutMs = unit.timeoutMs ?? settings.runTimeoutMs;
    const runResult = await runSandboxed({
      command: binary,
      args: unit.mode === 'test' ? [`--seed=${TEST_SEED}`] : [],
      cwd: runDir,
      env: baseEnv,
      limits: {
        timeoutMs: runTimeoutMs,
        outputCapBytes: settings.outputCapBytes,
        memoryBytes: settings.memoryBytes,
        fileSizeBytes: settings.fileSizeBytes,
      },
    });
    const run = observe(runResult, runTimeoutMs, context);
    const output = joinOutput(compile.output, run.output, unit.mode === 'test' ? testTrailer(run) : '');
    return withLocation(
      unit,
      {
        outcome: classifyOutcome(unit.mode, compile, run),
        output: run.timedOut ? joinOutput(output, `[killed after the ${runTimeoutMs / 1000}s time limit]`) : output,
        durationMs: Math.round(performance.now() - started),
      },
      run.plainOutput,
    );
  } finally {
    rmSync(runDir, { recursive: true, force: true });
  }
}
