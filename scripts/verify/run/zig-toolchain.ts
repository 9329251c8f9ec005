/**
 * Finds the Zig compiler the course is verified with.
 *
 * The pin lives in one place: `config.zigVersion` in package.json. Resolution
 * order: the `ZIG` environment variable, then `zig` on PATH when its version
 * equals the pin, then the project's own copy under `.tools/` (provisioned by
 * `npm install`, see scripts/install-zig.ts).
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

export interface ZigToolchain {
  /** Absolute path of the `zig` executable. */
  path: string;
  /** What `zig version` printed, e.g. "0.17.0". */
  version: string;
  /** Where it was found, for messages. */
  source: 'ZIG' | 'PATH' | 'project';
  /** Absolute path of Zig's `lib` directory (used to shorten paths in output). */
  libDir: string;
}

/** Raised when no usable Zig is found; the message says what is needed and how to get it. */
export class ToolchainError extends Error {
  override name = 'ToolchainError';
}

/** The Zig version the course is pinned to, read from package.json. */
export function readZigPin(projectRoot: string): string {
  const pkg = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as {
    config?: { zigVersion?: unknown };
  };
  const version = pkg.config?.zigVersion;
  if (typeof version !== 'string' || !/^\d+\.\d+\.\d+/.test(version)) {
    throw new ToolchainError('package.json: config.zigVersion must name the pinned Zig release, e.g. "0.17.0"');
  }
  return version;
}

/** Where `npm install` puts the project's own Zig for a given version. */
export function projectZigDir(projectRoot: string, version: string): string {
  return path.join(projectRoot, '.tools', `zig-${version}`);
}

export function projectZigPath(projectRoot: string, version: string): string {
  return path.join(projectZigDir(projectRoot, version), 'ziglang', 'zig');
}

/** Runs `zig version`; returns null when the executable is missing or broken. */
export async function probeZigVersion(zigPath: string): Promise<string | null> {
  try {
    const { stdout } = await execFileAsync(zigPath, ['version'], { timeout: 20_000 });
    return stdout.trim() || null;
  } catch {
    return null;
  }
}

async function probeLibDir(zigPath: string): Promise<string> {
  try {
    const { stdout } = await execFileAsync(zigPath, ['env'], { timeout: 20_000 });
    // `zig env` prints a ZON/JSON-like object; lib_dir is a quoted string either way.
    const match = /\.?lib_dir"?\s*[=:]\s*"([^"]+)"/.exec(stdout);
    if (match?.[1]) return path.resolve(match[1]);
  } catch {
    // fall through to the layout every official build uses
  }
  return path.join(path.dirname(zigPath), 'lib');
}

function findOnPath(name: string, envPath: string | undefined): string | null {
  for (const dir of (envPath ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

export interface ResolveZigOptions {
  projectRoot: string;
  /** The version required; defaults to the pin. */
  version?: string;
  /** An explicit compiler (`--zig`), accepted whatever its version. */
  explicitPath?: string;
  env?: NodeJS.ProcessEnv;
}

/** Resolves the compiler to use, or throws a ToolchainError that says how to get one. */
export async function resolveZig(options: ResolveZigOptions): Promise<ZigToolchain> {
  const env = options.env ?? process.env;
  const wanted = options.version ?? readZigPin(options.projectRoot);
  const howToGet = `Run \`npm install\` (it installs Zig ${wanted} into .tools/ from PyPI's ziglang wheel), ` + `or set ZIG=/path/to/zig-${wanted}/zig.`;

  if (options.explicitPath) {
    const zigPath = path.resolve(options.explicitPath);
    const version = await probeZigVersion(zigPath);
    if (!version) throw new ToolchainError(`--zig ${options.explicitPath}: not a working zig executable.`);
    return { path: zigPath, version, source: 'ZIG', libDir: await probeLibDir(zigPath) };
  }

  if (env.ZIG) {
    const zigPath = path.resolve(env.ZIG);
    const version = await probeZigVersion(zigPath);
    if (!version) {
      throw new ToolchainError(`ZIG=${env.ZIG} is not a working zig executable. The course needs Zig ${wanted}. ${howToGet}`);
    }
    if (version !== wanted) {
      throw new ToolchainError(
        `ZIG=${env.ZIG} is Zig ${version}, but the course is pinned to Zig ${wanted}. ${howToGet} ` +
          `(To try another Zig without touching the record, use \`npm run verify -- --zig PATH --report-only\`.)`,
      );
    }
    return { path: zigPath, version, source: 'ZIG', libDir: await probeLibDir(zigPath) };
  }

  const onPath = findOnPath('zig', env.PATH);
  if (onPath) {
    const version = await probeZigVersion(onPath);
    if (version === wanted) return { path: onPath, version, source: 'PATH', libDir: await probeLibDir(onPath) };
  }

  const own = projectZigPath(options.projectRoot, wanted);
  const ownVersion = await probeZigVersion(own);
  if (ownVersion === wanted) return { path: own, version: ownVersion, source: 'project', libDir: await probeLibDir(own) };

  throw new ToolchainError(`Zig ${wanted} not found. ${howToGet}`);
}
