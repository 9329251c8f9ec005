/** Runs the real verifier CLI against a throwaway copy of a fixture course. */
import { execa } from 'execa';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { JsonResult } from '../../scripts/verify/report/json-report.ts';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const fixturesDir = path.join(projectRoot, 'tests', 'fixtures');
const outputDir = path.join(projectRoot, 'tests', '.output');

/** Copies tests/fixtures/<name> (without any record) to a fresh folder and returns its path. */
export function copyFixture(name: string): string {
  mkdirSync(outputDir, { recursive: true });
  const target = mkdtempSync(path.join(outputDir, `${name}-`));
  cpSync(path.join(fixturesDir, name), target, { recursive: true });
  rmSync(path.join(target, 'snippets', 'verified'), { recursive: true, force: true });
  return target;
}

export interface VerifyRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  results: JsonResult[];
  byId: Map<string, JsonResult>;
}

/** `npm run verify -- --root <course> --json <file> …args`, with the project's Node. */
export async function runVerify(courseRoot: string, args: string[] = [], env: Record<string, string> = {}): Promise<VerifyRun> {
  const json = path.join(courseRoot, `.results-${Date.now()}-${Math.random().toString(36).slice(2)}.json`);
  const result = await execa(process.execPath, [path.join(projectRoot, 'scripts/verify/cli.ts'), '--root', courseRoot, '--json', json, ...args], {
    reject: false,
    env,
  });
  let results: JsonResult[] = [];
  try {
    results = JSON.parse(readFileSync(json, 'utf8')) as JsonResult[];
  } catch {
    // usage and environment errors write no JSON
  }
  rmSync(json, { force: true });
  return {
    exitCode: result.exitCode ?? -1,
    stdout: String(result.stdout),
    stderr: String(result.stderr),
    results,
    byId: new Map(results.map((r) => [r.id, r])),
  };
}

/** Every file under `dir` with its text, by relative path (to compare a record before and after). */
export function snapshotDir(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (current: string) => {
    for (const entry of readdirSync(current).sort()) {
      const full = path.join(current, entry);
      if (statSync(full).isDirectory()) walk(full);
      else files[path.relative(dir, full)] = readFileSync(full, 'utf8');
    }
  };
  walk(dir);
  return files;
}
