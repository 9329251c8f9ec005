/**
 * Blocks expected not to compile, analysed one after another by one compiler
 * server (compile-server.ts) instead of one `zig test -fno-emit-bin` process
 * each: the standard library is analysed once per session, not once per block.
 *
 * A result is taken only when it is certain to be byte-identical to the
 * block's own compile, which tests/integration/batch-equivalence.test.ts and
 * `verify --all --check` on the course compare. Two things differ, and are
 * handled:
 * - the root file is always zv_listen_root.zig, so its name in paths and in
 *   type names (`zv_listen_root.Point`) is mapped back to the block's file
 *   (`point.zig`, `point.Point`), as batch/rewrite-output.ts does for batches;
 * - names the compiler numbers as it goes (`__struct_962` for an anonymous
 *   struct) depend on everything it analysed before: such a block, and any
 *   block whose output still names the root after mapping, or that compiled,
 *   or that the server could not finish, is handed back to be compiled on its
 *   own as before.
 */
import { execa } from 'execa';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { VerifyUnit } from '../../../../course/extract/unit.ts';
import { concludeUnit, normalizeContextFor, observe, sandboxEnv, type RunSettings, type UnitRun } from '../run-unit.ts';
import { CompileServer } from './compile-server.ts';

const ROOT = 'zv_listen_root.zig';
const ROOT_MODULE = ROOT.replace(/\.zig$/, '');
const RENDERER_SOURCE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'render-error-bundle.zig');
/** Blocks per server process: a fresh process now and then keeps its memory small. */
const SESSION_LENGTH = 40;

/** Whether a block can be analysed in a session: an analysis-only `zig test` of one root, with no options, that nothing else names. */
export function sessionable(unit: VerifyUnit): boolean {
  if (unit.mode !== 'test' || unit.options || unit.expect.kind !== 'compile-error') return false;
  const texts = Object.entries(unit.files);
  return texts.every(([name, text]) => !text.includes(ROOT_MODULE) && (name === unit.main || !text.includes(unit.main.replace(/\.zig$/, ''))));
}

/** std's error-bundle renderer, built once per Zig and renderer source beside Zig's global cache. */
async function renderer(settings: RunSettings): Promise<string | undefined> {
  const source = readFileSync(RENDERER_SOURCE);
  const hash = createHash('sha256').update(source).update(settings.zig.version).update(settings.zig.path).digest('hex').slice(0, 16);
  const binary = path.join(path.dirname(settings.zigCacheDir), 'verify-tools', `render-error-bundle-${hash}`);
  if (existsSync(binary)) return binary;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'zig-verify-renderer-'));
  try {
    writeFileSync(path.join(dir, 'render.zig'), source);
    const built = await execa(settings.zig.path, ['build-exe', 'render.zig', '-femit-bin=render'], {
      cwd: dir,
      reject: false,
      timeout: settings.compileTimeoutMs,
      env: { ...sandboxEnv(dir), ZIG_GLOBAL_CACHE_DIR: settings.zigCacheDir, ZIG_LOCAL_CACHE_DIR: path.join(dir, '.zig-cache') },
    });
    if (built.exitCode !== 0) return undefined;
    mkdirSync(path.dirname(binary), { recursive: true });
    renameSync(path.join(dir, 'render'), binary); // atomic: a parallel run sees the whole file or none
    return binary;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Maps the session's root back to the block's file; undefined when the output is not certain to be the block's own. */
export function asOwnOutput(rendered: string, main: string): string | undefined {
  const text = rendered.replaceAll(ROOT, main).replace(new RegExp(`(?<![\\w.])${ROOT_MODULE}\\.`, 'g'), `${main.replace(/\.zig$/, '')}.`);
  if (text.includes(ROOT_MODULE) || /__(?:struct|union|enum|opaque)_\d+/.test(text)) return undefined;
  return text;
}

function writeBlock(dir: string, unit: VerifyUnit): void {
  for (const entry of readdirSync(dir)) if (entry !== '.zig-cache') rmSync(path.join(dir, entry), { recursive: true, force: true });
  for (const [name, text] of Object.entries(unit.files)) writeFileSync(path.join(dir, name === unit.main ? ROOT : name), text);
}

/**
 * Analyses `units` (all `sessionable`) in sessions; returns the runs it is
 * sure of and hands back the rest, to be compiled on their own.
 */
export async function runErrorSession(
  units: VerifyUnit[],
  settings: RunSettings,
  onUnitDone?: (unit: VerifyUnit) => void,
): Promise<{ runs: Map<VerifyUnit, UnitRun>; handedBack: VerifyUnit[] }> {
  const runs = new Map<VerifyUnit, UnitRun>();
  const handedBack: VerifyUnit[] = [];
  const render = units.length > 1 ? await renderer(settings) : undefined;
  if (!render) return { runs, handedBack: [...units] };
  for (let start = 0; start < units.length; start += SESSION_LENGTH) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'zig-verify-session-'));
    const session = units.slice(start, start + SESSION_LENGTH);
    writeBlock(dir, session[0]!);
    const env = { ...sandboxEnv(dir), ZIG_GLOBAL_CACHE_DIR: settings.zigCacheDir, ZIG_LOCAL_CACHE_DIR: path.join(dir, '.zig-cache') };
    const server = new CompileServer(settings.zig.path, ['test', '--test-no-exec', '-fno-emit-bin', '-fincremental', ROOT], dir, env);
    try {
      for (const [i, unit] of session.entries()) {
        const started = performance.now();
        if (i > 0) writeBlock(dir, unit);
        const result = await server.update(settings.compileTimeoutMs);
        if (result.kind === 'gone') {
          handedBack.push(...session.slice(i));
          break;
        }
        const rendered = result.kind === 'errors' ? await renderBundle(render, dir, result.bundle) : undefined;
        const own = rendered === undefined ? undefined : asOwnOutput(rendered, unit.main);
        const bytes = own === undefined ? 0 : Buffer.byteLength(own);
        // As the analysis-only compile is taken (compile-checks.ts): only when it failed with compiler errors.
        if (own === undefined || !/: error: /.test(own) || bytes > settings.outputCapBytes) {
          handedBack.push(unit);
          continue;
        }
        // What the block's own compile would have shown: exit status 1 and the rendered errors.
        const compile = { exitCode: 1, signal: null, output: Buffer.from(own), outputBytes: bytes, truncated: false, timedOut: false, durationMs: 0 };
        runs.set(unit, concludeUnit(unit, observe(compile, settings.compileTimeoutMs, normalizeContextFor(unit, dir, settings)), undefined, started));
        onUnitDone?.(unit);
      }
    } finally {
      server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return { runs, handedBack };
}

async function renderBundle(render: string, dir: string, bundle: Buffer): Promise<string | undefined> {
  const file = path.join(dir, '.zig-cache', 'zv-bundle.bin');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, bundle);
  const rendered = await execa(render, [file], { reject: false, encoding: 'buffer', timeout: 20_000 });
  return rendered.exitCode === 0 ? Buffer.from(rendered.stdout).toString('utf8') : undefined;
}
