/**
 * Cheap compiles that can conclude a unit that fails to compile, without the
 * full compile. Each runs in its own temporary folder and is taken only when
 * it fails with compiler errors; anything else (it compiled, it crashed, it
 * timed out) goes on to the ordinary compile.
 *
 * - `astCheck`: syntax-level errors (AstGen: "local variable is never
 *   mutated", "use of undeclared identifier", "pointless discard") are found
 *   by `zig ast-check` in milliseconds. `zig test` and `zig run` stop at them
 *   before any semantic analysis and print exactly the same diagnostics.
 * - `semaCheck`: blocks meant not to compile (`compile-error="…"`) that
 *   ast-check found clean fail in semantic analysis, which Zig reports without
 *   generating code: `-fno-emit-bin` reaches the same diagnostics in about
 *   half the time of a full compile.
 *
 * Both are used on the batched path only: `--no-batch` keeps the plain
 * one-by-one compile, which is what the batch-equivalence test compares
 * these against.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { VerifyUnit } from '../extract/unit.ts';
import {
  compileArgs,
  compileInSandbox,
  concludeUnit,
  normalizeContextFor,
  observe,
  sandboxEnv,
  writeUnitFiles,
  type RunSettings,
  type UnitRun,
} from './run-unit.ts';
import { runSandboxed, type SandboxResult } from './sandbox.ts';

/** Runs `check` on the unit's files; the unit's run when it failed with compiler errors, else undefined. */
async function concludeIfErrors(unit: VerifyUnit, settings: RunSettings, check: (dir: string) => Promise<SandboxResult>): Promise<UnitRun | undefined> {
  const started = performance.now();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'zig-verify-'));
  try {
    writeUnitFiles(unit, dir);
    const result = await check(dir);
    if (result.exitCode !== 1 || result.signal || result.timedOut || !/: error: /.test(result.output.toString())) return undefined;
    return concludeUnit(unit, observe(result, settings.compileTimeoutMs, normalizeContextFor(unit, dir, settings)), undefined, started);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const AST_CHECK_TIMEOUT_MS = 20_000;

/** The unit's run when ast-check finds errors; undefined when it is clean (compile it as usual). */
export async function astCheck(unit: VerifyUnit, settings: RunSettings): Promise<UnitRun | undefined> {
  if (Object.keys(unit.files).length !== 1) return undefined;
  return concludeIfErrors(unit, settings, (dir) =>
    runSandboxed({
      command: settings.zig.path,
      args: ['ast-check', unit.main],
      cwd: dir,
      env: sandboxEnv(dir),
      limits: { timeoutMs: AST_CHECK_TIMEOUT_MS, outputCapBytes: settings.outputCapBytes },
    }),
  );
}

/** Whether the analysis-only compile is worth trying: the block is expected not to compile (a `syntax` block is never compiled). */
export function expectsCompileError(unit: VerifyUnit): boolean {
  return unit.expect.kind === 'compile-error' && unit.mode !== 'syntax';
}

/** The unit's run when analysis alone fails it with errors; undefined otherwise. */
export async function semaCheck(unit: VerifyUnit, settings: RunSettings): Promise<UnitRun | undefined> {
  return concludeIfErrors(unit, settings, (dir) => compileInSandbox(settings, compileArgs(unit, undefined), dir));
}
