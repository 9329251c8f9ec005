/**
 * Blocks that are meant not to compile (`compile-error="…"`) and that
 * ast-check found clean fail in semantic analysis. Zig reports those errors
 * without generating code, so `-fno-emit-bin` reaches the same diagnostics in
 * about half the time of a full compile. Only a compile that fails with
 * errors is concluded here; anything else (it compiled after all, or failed
 * in a way only a full build shows) goes on to the ordinary compile.
 *
 * Used on the batched path only: `--no-batch` keeps the plain one-by-one
 * compile, which is what the batch-equivalence test compares this against.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { VerifyUnit } from '../extract/unit.ts';
import { compileInSandbox, concludeUnit, normalizeContextFor, observe, writeUnitFiles, type RunSettings, type UnitRun } from './run-unit.ts';

/** Whether the cheap check is worth trying: the block is expected not to compile. */
export function expectsCompileError(unit: VerifyUnit): boolean {
  return unit.expect.kind === 'compile-error';
}

/** The unit's run when analysis alone fails it with errors; undefined otherwise. */
export async function semaCheck(unit: VerifyUnit, settings: RunSettings): Promise<UnitRun | undefined> {
  const started = performance.now();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'zig-verify-'));
  try {
    writeUnitFiles(unit, dir);
    const args = unit.mode === 'test' ? ['test', '--test-no-exec', '-fno-emit-bin', unit.main] : ['build-exe', unit.main, '-fno-emit-bin'];
    const result = await compileInSandbox(settings, args, dir);
    if (result.exitCode !== 1 || result.signal || result.timedOut || !/: error: /.test(result.output.toString())) return undefined;
    return concludeUnit(unit, observe(result, settings.compileTimeoutMs, normalizeContextFor(unit, dir, settings)), undefined, started);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
