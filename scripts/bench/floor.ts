/**
 * The floor: the least Zig work that verifying a course needs, however clever
 * the verifier. Everything that compiles cleanly with default options shares
 * ONE compile (every test block's tests, every program's main, every
 * compile-only block, imported from one root); every block expected not to
 * compile needs its own check, the cheapest that finds its error (`zig
 * ast-check`, else analysis only with `-fno-emit-bin`); a syntax-only block is
 * an ast-check; a block with compile options of its own (link-libc, optimize,
 * target) or that imports "root" compiles on its own. All of it runs in
 * parallel on every core, longest first. Nothing is run: running the
 * binaries takes milliseconds per block, and the floor is a lower bound.
 */
import { execa } from 'execa';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { VerifyUnit } from '../../course/extract/unit.ts';
import { compileArgs } from '../verify/run/run-unit.ts';
import { mapWithLimit } from '../verify/run/pool.ts';
import type { ZigEnv } from './baselines.ts';

type Job = { shared: VerifyUnit[] } | { expectsError: VerifyUnit } | { alone: VerifyUnit };

const folder = (i: number) => `zv_floor_${i}`;

/** The root of the shared compile: tests come in with their file, programs by their main. */
function sharedRoot(units: VerifyUnit[]): string {
  const lines = units.map((unit, i) => {
    const file = JSON.stringify(`${folder(i)}/${unit.main}`);
    return unit.mode === 'test'
      ? `    _ = @import(${file});`
      : /pub\s+fn\s+main\s*\(/.test(unit.files[unit.main] ?? '')
        ? `    _ = &@import(${file}).main;`
        : `    _ = @import(${file});`;
  });
  return ['comptime {', ...lines, '}', ''].join('\n');
}

async function zigIn(dir: string, env: ZigEnv, args: string[]): Promise<{ exitCode: number | undefined; output: string }> {
  const result = await execa(env.zig, args, {
    cwd: dir,
    reject: false,
    timeout: 300_000,
    all: true,
    env: { ZIG_GLOBAL_CACHE_DIR: env.globalCache, ZIG_LOCAL_CACHE_DIR: path.join(dir, '.zig-cache') },
  });
  return { exitCode: result.exitCode, output: String(result.all ?? '') };
}

function writeFiles(dir: string, unit: VerifyUnit, tag: string): void {
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(unit.files)) writeFileSync(path.join(dir, name), `${text}\n// ${tag}\n`);
}

async function runJob(job: Job, env: ZigEnv): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-floor-'));
  const tag = 'floor copy';
  try {
    if ('shared' in job) {
      job.shared.forEach((unit, i) => writeFiles(path.join(dir, folder(i)), unit, tag));
      writeFileSync(path.join(dir, 'zv_floor_root.zig'), sharedRoot(job.shared));
      const compiled = await zigIn(dir, env, ['test', '--test-no-exec', '-femit-bin=floor-test', 'zv_floor_root.zig']);
      // The floor must be real work: a shared compile that fails did less than it claims.
      if (compiled.exitCode !== 0)
        throw new Error(`bench: the floor's shared compile of ${job.shared.length} blocks failed:\n${compiled.output.split('\n').slice(0, 8).join('\n')}`);
      return;
    }
    const unit = 'expectsError' in job ? job.expectsError : job.alone;
    writeFiles(dir, unit, tag);
    if (unit.mode === 'syntax') return void (await zigIn(dir, env, ['ast-check', unit.main]));
    if ('expectsError' in job && (await zigIn(dir, env, ['ast-check', unit.main])).exitCode !== 0) return;
    await zigIn(dir, env, compileArgs(unit, 'expectsError' in job ? undefined : path.join(dir, 'out.bin')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The jobs of the floor, longest first: the shared compile, then single blocks. */
export function floorJobs(units: VerifyUnit[]): Job[] {
  const shared: VerifyUnit[] = [];
  const jobs: Job[] = [];
  for (const unit of units) {
    if (unit.skip) continue;
    const sources = Object.values(unit.files).join('\n');
    if (unit.expect.kind === 'compile-error') jobs.push({ expectsError: unit });
    else if (unit.mode === 'syntax' || unit.options || /@import\(\s*"root"\s*\)/.test(sources)) jobs.push({ alone: unit });
    else shared.push(unit);
  }
  return shared.length ? [{ shared }, ...jobs] : jobs;
}

/** Wall time of the floor's work on `parallel` cores. */
export async function floor(units: VerifyUnit[], env: ZigEnv, parallel: number): Promise<number> {
  const started = performance.now();
  await mapWithLimit(floorJobs(units), parallel, (job) => runJob(job, env));
  return performance.now() - started;
}
