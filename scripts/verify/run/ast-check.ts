/**
 * Syntax-level errors (AstGen: "local variable is never mutated", "use of
 * undeclared identifier", "pointless discard") are found by `zig ast-check`
 * in milliseconds. `zig test` and `zig run` stop at them before any semantic
 * analysis and print exactly the same diagnostics, so a single-file unit that
 * fails ast-check is concluded without compiling it at all.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { VerifyUnit } from '../extract/unit.ts';
import { concludeUnit, normalizeContextFor, observe, sandboxEnv, writeUnitFiles, type RunSettings, type UnitRun } from './run-unit.ts';
import { runSandboxed } from './sandbox.ts';

/** The unit's run when ast-check finds errors; undefined when it is clean (compile it as usual). */
export async function astCheck(unit: VerifyUnit, settings: RunSettings): Promise<UnitRun | undefined> {
  if (Object.keys(unit.files).length !== 1) return undefined;
  const started = performance.now();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'zig-verify-'));
  try {
    writeUnitFiles(unit, dir);
    const result = await runSandboxed({
      command: settings.zig.path,
      args: ['ast-check', unit.main],
      cwd: dir,
      env: sandboxEnv(dir),
      limits: { timeoutMs: 20_000, outputCapBytes: settings.outputCapBytes },
    });
    if (result.exitCode !== 1 || result.signal || result.timedOut || !/: error: /.test(result.output.toString())) return undefined;
    return concludeUnit(unit, observe(result, settings.compileTimeoutMs, normalizeContextFor(unit, dir, settings)), undefined, started);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
