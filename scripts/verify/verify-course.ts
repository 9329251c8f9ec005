/**
 * The verifier's plan: load the course, decide which units need Zig (missing
 * or stale in the record, or all of them), run those, and judge each against
 * its fence. It returns data; the CLI prints it and writes the record.
 */
import os from 'node:os';
import path from 'node:path';
import type { ContentError, SourceLocation } from './errors.ts';
import { loadCourse, type CourseLayout, type LoadedCourse } from './extract/load-course.ts';
import { fileParseCache } from './extract/parse-cache.ts';
import type { VerifyUnit } from './extract/unit.ts';
import { cacheKey } from './record/cache-key.ts';
import { importRecords } from './record/import-records.ts';
import { freshEntry, type Fresh } from './record/next-record.ts';
import type { RecordEntry } from './record/record-schema.ts';
import { readRecord, type LoadedRecord } from './record/record-store.ts';
import { judge } from './run/outcome.ts';
import { missingTraceMessage } from './trace/trace-unit.ts';
import { DEFAULT_RUN_SETTINGS, type RunSettings, type UnitRun } from './run/run-unit.ts';
import { runUnits } from './run/run-units.ts';
import { isolationProblem } from './run/sandbox.ts';
import { readZigPin, resolveZig, type ZigToolchain } from './run/zig-toolchain.ts';
import { idsInShard, type Shard } from './shard.ts';

export interface VerifyRequest {
  layout: CourseLayout;
  /** Where package.json (the Zig pin) and .cache/ live. */
  projectRoot: string;
  /** Only units whose files start with one of these (relative to the course root); empty = all. */
  paths: string[];
  /** Re-run every selected unit, even when the record has it. */
  all: boolean;
  /** Only this deterministic share of the units (`--shard i/n`). */
  shard?: Shard;
  /** Record folders whose matching proofs count as established by this run (`--import`). */
  imports?: string[];
  concurrency: number;
  /** Run with this Zig instead of the pinned one (`--zig`, for --report-only: results are compared, never recorded). */
  zigPath?: string;
  /** Overrides of the run limits. */
  settings?: Partial<Omit<RunSettings, 'zig' | 'zigCacheDir'>>;
  /** Called as units finish, for progress displays. */
  onUnitDone?: (done: number, total: number, unit: VerifyUnit) => void;
  env?: NodeJS.ProcessEnv;
}

export type BlockStatus = 'passed' | 'failed' | 'skipped';

export interface BlockResult {
  unit: VerifyUnit;
  status: BlockStatus;
  /** The result came from the record; Zig did not run. */
  cached: boolean;
  /** Where to report it (the failure's mapped position, else the block). */
  location: SourceLocation;
  message?: string;
  output: string;
  durationMs: number;
}

export interface VerifyReport {
  zigVersion: string;
  zig?: ZigToolchain;
  course: LoadedCourse;
  /** Cache key of every unit of the course, by id. */
  keys: Map<string, string>;
  /** What this run established for the units it verified (not for cached or unselected ones). */
  fresh: Map<string, Fresh>;
  /** The record as it was when the run started. */
  record: LoadedRecord;
  results: BlockResult[];
  /** Authoring errors (fence language, includes, frontmatter, MDX syntax). */
  contentErrors: ContentError[];
  warnings: string[];
  /** How many units were compiled and run. */
  zigRuns: number;
}

function isSelected(unit: VerifyUnit, paths: string[]): boolean {
  if (!paths.length) return true;
  const files = [unit.sourceFile, unit.location.file, ...Object.values(unit.origins).map((o) => o.file)];
  return paths.some((p) => files.some((file) => file.startsWith(p)));
}

/** Runs the verification described by `request`. Throws ToolchainError when Zig is needed but missing. */
export async function verifyCourse(request: VerifyRequest): Promise<VerifyReport> {
  const { layout } = request;
  const zigVersion = readZigPin(request.projectRoot);
  const parseCache = fileParseCache(path.join(request.projectRoot, '.cache', 'verify', 'parsed-content.json'));
  const course = loadCourse(layout, parseCache);
  parseCache.save();
  const record = readRecord(layout);
  const warnings = record.corrupt.map(({ file, reason }) => `snippets/verified/${file} is corrupt (${reason}); its entries are rebuilt`);
  const keys = new Map(course.units.map((unit) => [unit.id, cacheKey(unit, zigVersion)]));
  const inShard = request.shard
    ? idsInShard(
        course.units.map((unit) => unit.id),
        request.shard,
      )
    : undefined;
  const imported = importRecords(layout, request.imports ?? []);
  warnings.push(...imported.warnings);

  const planned = course.units
    .filter((unit) => isSelected(unit, request.paths) && (!inShard || inShard.has(unit.id)))
    .map((unit) => {
      const key = keys.get(unit.id)!;
      const recorded: RecordEntry | undefined = record.byKey.get(key);
      const importedEntry = unit.skip ? undefined : imported.byKey.get(key);
      const needsRun = !unit.skip && !importedEntry && (request.all || recorded?.status !== 'verified');
      return { unit, key, recorded, importedEntry, needsRun };
    });

  // Units with the same key (one listing included twice) are run once.
  const toRun = new Map<string, VerifyUnit>();
  for (const plan of planned) if (plan.needsRun && !toRun.has(plan.key)) toRun.set(plan.key, plan.unit);

  let zig: ZigToolchain | undefined;
  const runs = new Map<string, UnitRun>();
  if (toRun.size) {
    zig = await resolveZig({
      projectRoot: request.projectRoot,
      version: zigVersion,
      ...(request.zigPath ? { explicitPath: request.zigPath } : {}),
      ...(request.env ? { env: request.env } : {}),
    });
    const readOnlyPaths = [...new Set([request.projectRoot, layout.root])];
    const settings: RunSettings = {
      ...DEFAULT_RUN_SETTINGS,
      readOnlyPaths,
      ...request.settings,
      zig,
      zigCacheDir: path.join(request.projectRoot, '.cache', 'zig'),
    };
    const unisolated = isolationProblem();
    if (unisolated) warnings.push(`blocks run without network or filesystem isolation here (${unisolated})`);
    let done = 0;
    const finished = await runUnits([...toRun.values()], settings, {
      concurrency: request.concurrency || os.availableParallelism(),
      onUnitDone: (unit) => request.onUnitDone?.(++done, toRun.size, unit),
      warn: (message) => warnings.push(message),
    });
    for (const [key, unit] of toRun) runs.set(key, finished.get(unit)!);
  }

  const results: BlockResult[] = [];
  const fresh = new Map<string, Fresh>();
  for (const { unit, key, recorded, importedEntry, needsRun } of planned) {
    if (importedEntry) {
      // Established by another machine for exactly this source and Zig: recorded as if run here.
      const { status, outcome, label, output, durationMs, trace } = importedEntry;
      fresh.set(unit.id, {
        status: 'verified',
        entry: freshEntry(unit, key, zigVersion, { status, outcome, label, output, durationMs, ...(trace ? { trace } : {}) }),
      });
      results.push({ unit, status: 'passed', cached: true, location: unit.location, output, durationMs: 0 });
    } else if (unit.skip) {
      fresh.set(unit.id, {
        status: 'skipped',
        entry: freshEntry(unit, key, zigVersion, { status: 'skipped', outcome: 'skipped', label: `not verified: ${unit.skip}`, output: '', durationMs: 0 }),
      });
      results.push({ unit, status: 'skipped', cached: false, location: unit.location, output: '', durationMs: 0 });
    } else if (!needsRun && recorded) {
      results.push({ unit, status: 'passed', cached: true, location: unit.location, output: recorded.output, durationMs: 0 });
    } else {
      const run = runs.get(key)!;
      const judged = judge(unit.expect, run.outcome, run.output, unit.mode, unit.options?.target);
      const noTrace = judged.ok ? missingTraceMessage(unit, run.trace) : undefined;
      const verdict = noTrace ? { ...judged, ok: false, message: noTrace } : judged;
      if (verdict.ok) {
        fresh.set(unit.id, {
          status: 'verified',
          entry: freshEntry(unit, key, zigVersion, {
            status: 'verified',
            outcome: run.outcome.kind,
            label: verdict.label,
            output: run.output,
            durationMs: run.durationMs,
            ...(run.trace ? { trace: run.trace } : {}),
          }),
        });
        results.push({ unit, status: 'passed', cached: false, location: unit.location, output: run.output, durationMs: run.durationMs });
      } else {
        fresh.set(unit.id, { status: 'failed' });
        results.push({
          unit,
          status: 'failed',
          cached: false,
          location: run.at ?? unit.location,
          message: wrongSolutionMessage(unit, run.outcome.kind) ?? verdict.message,
          output: run.output,
          durationMs: run.durationMs,
        });
      }
    }
  }

  return { zigVersion, ...(zig ? { zig } : {}), course, keys, fresh, record, results, contentErrors: course.errors, warnings, zigRuns: toRun.size };
}

/** A wrong solution that the tests accept is a gap in the tests, not in the wrong solution: say so. */
function wrongSolutionMessage(unit: VerifyUnit, outcome: string): string | undefined {
  if (unit.kind !== 'exercise-wrong' || outcome !== 'passed') return undefined;
  return (
    `the exercise's tests accept this wrong solution: every test passed. ` +
    `Add a test that fails for the mistake it makes (the frontmatter's wrong[].mistake), so a learner who makes it is sent back to the idea`
  );
}
