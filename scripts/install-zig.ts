/**
 * `npm install` hook: makes sure the pinned Zig is available.
 *
 * Nothing is downloaded when `ZIG` is set or a matching `zig` is on PATH or
 * already in `.tools/`. Otherwise the official binaries are installed from
 * PyPI's `ziglang` wheel into `.tools/zig-<version>/` (git-ignored), through a
 * staging folder renamed into place so an interrupted install leaves nothing
 * half-written. A failure here is a warning, not a failed install: a checkout
 * with an up-to-date verified record still builds without Zig, and
 * `npm run verify` says exactly what is missing when Zig is needed.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { probeZigVersion, projectZigDir, projectZigPath, readZigPin, resolveZig } from './verify/run/zig-toolchain.ts';

const execFileAsync = promisify(execFile);
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function main(): Promise<number> {
  const version = readZigPin(projectRoot);
  try {
    const found = await resolveZig({ projectRoot, version });
    console.log(`zig: using Zig ${found.version} (${found.source}: ${found.path})`);
    return 0;
  } catch {
    // not found yet: install it below
  }
  if (process.env.ZIG) {
    console.warn(`zig: ZIG=${process.env.ZIG} is not Zig ${version}; installing the project's own copy as well.`);
  }

  const target = projectZigDir(projectRoot, version);
  const staging = `${target}.partial-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(path.dirname(target), { recursive: true });
  console.log(`zig: installing Zig ${version} from PyPI (ziglang==${version}) into ${path.relative(projectRoot, target)}/ …`);
  try {
    await execFileAsync(
      process.env.PYTHON ?? 'python3',
      ['-m', 'pip', 'install', '--quiet', '--no-deps', '--no-compile', '--only-binary=:all:', '--target', staging, `ziglang==${version}`],
      { timeout: 15 * 60_000, maxBuffer: 16 * 1024 * 1024 },
    );
    const installed = path.join(staging, 'ziglang', 'zig');
    const got = await probeZigVersion(installed);
    if (got !== version) throw new Error(`the installed zig reports version ${got ?? '(none)'}, expected ${version}`);
    rmSync(target, { recursive: true, force: true });
    renameSync(staging, target);
    console.log(`zig: Zig ${version} ready at ${path.relative(projectRoot, projectZigPath(projectRoot, version))}`);
    return 0;
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    const reason = error instanceof Error ? error.message.split('\n').slice(0, 6).join('\n  ') : String(error);
    console.warn(
      [
        `zig: warning: could not install Zig ${version}.`,
        `  why: ${reason}`,
        `  fix: make python3 with pip available and run \`npm install\` again, or download Zig ${version}`,
        `       from https://ziglang.org/download/ and set ZIG=/path/to/zig.`,
        '  The site still builds from an up-to-date verified record; `npm run verify` needs Zig.',
      ].join('\n'),
    );
    return 0;
  }
}

process.exitCode = await main();
