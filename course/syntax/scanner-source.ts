/**
 * Which scanner judged a scan: the hash of its Zig source is part of every
 * scan key, so the site can tell a fresh scan record from a stale one without
 * building or running the scanner (scripts/syntax/scanner.ts does that).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The scanner's Zig source. Found from the project root, not from this
 * module's URL: pages import this module through a bundler, which moves it.
 */
export function scannerSource(projectRoot: string): string {
  return path.join(projectRoot, 'scripts', 'syntax', 'scan-features.zig');
}

/** Hex SHA-256 of the scanner's source: part of every scan key, so a scanner change rescans everything once. */
export function scannerHash(projectRoot: string): string {
  return createHash('sha256')
    .update(readFileSync(scannerSource(projectRoot)))
    .digest('hex');
}
