/**
 * The scanner binary: scan-features.zig compiled once with the pinned Zig and
 * cached under .cache/syntax-scan/<zig version>-<source hash>/, so editing the
 * scanner or changing the pin builds a new one and nothing else does. One
 * process scans a whole batch of sources.
 */
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { ZigToolchain } from '../verify/run/zig-toolchain.ts';
import { frameSources, parseScanOutput, type FileScan } from './scan-output.ts';

const execFileAsync = promisify(execFile);

/**
 * The scanner's Zig source. Found from the project root, not from this
 * module's URL: pages import this module through a bundler, which moves it.
 */
export function scannerSource(projectRoot: string): string {
  return path.join(projectRoot, 'scripts', 'syntax', 'scan-features.zig');
}

/** Raised when the scanner cannot be built or run; the message says what Zig printed. */
export class ScannerError extends Error {
  override name = 'ScannerError';
}

/** Hex SHA-256 of the scanner's source: part of every scan key, so a scanner change rescans everything once. */
export function scannerHash(projectRoot: string): string {
  return createHash('sha256')
    .update(readFileSync(scannerSource(projectRoot)))
    .digest('hex');
}

export interface Scanner {
  path: string;
  /** Built by this call (not found in the cache). */
  built: boolean;
}

/** Returns the cached scanner binary, building it first when there is none for this Zig and source. */
export async function ensureScanner(projectRoot: string, zig: ZigToolchain): Promise<Scanner> {
  const cacheRoot = path.join(projectRoot, '.cache', 'syntax-scan');
  const source = scannerSource(projectRoot);
  const dir = path.join(cacheRoot, `${zig.version}-${scannerHash(projectRoot).slice(0, 16)}`);
  const binary = path.join(dir, 'scan-features');
  if (existsSync(binary)) return { path: binary, built: false };

  // Built beside its final place and renamed in: two verifier runs may build at
  // once, and neither may run a half-written binary.
  const staging = `${dir}.tmp-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  try {
    await execFileAsync(
      zig.path,
      [
        'build-exe',
        // Debug builds in seconds with Zig's own backend, and a course's blocks scan in well under a second.
        '-ODebug',
        source,
        `-femit-bin=${path.join(staging, 'scan-features')}`,
        '--cache-dir',
        path.join(cacheRoot, 'zig-cache'),
        '--global-cache-dir',
        path.join(projectRoot, '.cache', 'zig'),
      ],
      { timeout: 600_000, maxBuffer: 16 * 1024 * 1024 },
    );
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim();
    throw new ScannerError(
      `cannot build the syntax scanner ${path.relative(projectRoot, source)} with Zig ${zig.version}:\n${stderr || (error as Error).message}`,
    );
  }
  try {
    renameSync(staging, dir);
  } catch (error) {
    // Another run finished first; its binary is the same.
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(binary)) throw error;
  }
  return { path: binary, built: true };
}

/** Scans `sources` in one run of the scanner; the results are in the same order. */
export function runScanner(binary: string, sources: string[]): Promise<FileScan[]> {
  if (!sources.length) return Promise.resolve([]);
  return new Promise((resolve, reject) => {
    const child = spawn(binary, [], { stdio: ['pipe', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (error) => reject(new ScannerError(`cannot run the syntax scanner ${binary}: ${error.message}`)));
    child.on('close', (code, signal) => {
      if (code !== 0) {
        reject(
          new ScannerError(
            `the syntax scanner ${signal ? `was killed by ${signal}` : `exited with status ${code}`}:\n${Buffer.concat(stderr).toString('utf8').trim()}`,
          ),
        );
        return;
      }
      try {
        resolve(parseScanOutput(Buffer.concat(stdout).toString('utf8'), sources.length));
      } catch (error) {
        reject(error);
      }
    });
    child.stdin.on('error', () => {
      // The scanner died early; 'close' reports why.
    });
    child.stdin.end(frameSources(sources));
  });
}
