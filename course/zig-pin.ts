/**
 * The Zig release the course is verified with. The pin lives in one place,
 * `config.zigVersion` in package.json; the record's cache keys carry it, so
 * the site reads it to find its entries and the verifier to resolve a Zig.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

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
