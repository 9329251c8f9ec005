/**
 * The baselines the verifier is measured against: one plain `zig` process per
 * block (the command a learner types: `zig test`, `zig run`, `zig build-obj`,
 * `zig ast-check`), either one after another (a docs tool that tests its
 * snippets one by one) or as many at once as there are cores (what a build
 * system does with a language reference's doctests).
 */
import { execa } from 'execa';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { commandFor, type VerifyUnit } from '../../course/extract/unit.ts';
import { mapWithLimit } from '../verify/run/pool.ts';

export interface ZigEnv {
  zig: string;
  /** Zig's global cache (compiler_rt), shared with the verifier as in real use. */
  globalCache: string;
}

/** Runs the unit's own command in a fresh folder; `tag` makes its files new to Zig's caches. */
async function naiveOne(unit: VerifyUnit, env: ZigEnv, tag: string): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-naive-'));
  try {
    for (const [name, text] of Object.entries(unit.files)) writeFileSync(path.join(dir, name), `${text}\n// ${tag}\n`);
    const [, ...args] = commandFor(unit).split(' ');
    await execa(env.zig, args, {
      cwd: dir,
      reject: false,
      timeout: 120_000,
      env: { ZIG_GLOBAL_CACHE_DIR: env.globalCache, ZIG_LOCAL_CACHE_DIR: path.join(dir, '.zig-cache') },
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Wall time of one process per verified unit, `parallel` at a time. */
export async function naive(units: VerifyUnit[], env: ZigEnv, parallel: number): Promise<number> {
  const started = performance.now();
  const tag = `baseline copy, ${parallel} at a time`;
  await mapWithLimit(
    units.filter((unit) => !unit.skip),
    parallel,
    (unit) => naiveOne(unit, env, tag),
  );
  return performance.now() - started;
}
