/**
 * The verifier's plan: load the course, decide which units need Zig (missing
 * or stale in the record, or all of them), run those, judge each against its
 * fence, and produce the next record. The CLI prints and writes; this module
 * returns data.
 */
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ContentError, type SourceLocation } from './errors.ts';
import type { Expectation } from './extract/fence-meta.ts';
import { loadCourse, type CourseLayout } from './extract/load-course.ts';
import { commandFor, type VerifyUnit } from './extract/unit.ts';
import { cacheKey } from './record/cache-key.ts';
import { serializeRecordFile, type RecordEntry, type RecordFile } from './record/record-schema.ts';
import { readRecord, recordFileFor, sourcePathFor, type LoadedRecord } from './record/record-store.ts';
import { judge } from './run/outcome.ts';
import { mapWithLimit } from './run/pool.ts';
import { DEFAULT_RUN_SETTINGS, runUnit, type RunSettings, type UnitRun } from './run/run-unit.ts';
import { readZigPin, resolveZig, type ZigToolchain } from './run/zig-toolchain.ts';

export interface VerifyRequest {
  layout: CourseLayout;
  /** Where package.json (the Zig pin) and .cache/ live. */
  projectRoot: string;
  /** Only units whose files start with one of these (relative to the course root); empty = all. */
  paths: string[];
  /** Re-run every selected unit, even when the record has it. */
  all: boolean;
  /** Compare with the committed record instead of writing it. */
  check: boolean;
  concurrency: number;
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
  results: BlockResult[];
  /** Authoring errors (fence language, includes, frontmatter, MDX syntax). */
  contentErrors: ContentError[];
  /** --check: how the committed record differs from what this run produced. */
  recordDifferences: string[];
  warnings: string[];
  /** The record to write (not written by this module). */
  nextRecord: RecordFile[];
  /** Extracted sources to write, by path relative to the course root. */
  nextSources: Map<string, string>;
  /** How many zig compiles were started. */
  zigRuns: number;
}

/** Writes an expectation back in the fence language, for the record. */
export function describeExpectation(expect: Expectation): string {
  switch (expect.kind) {
    case 'pass':
      return 'pass';
    case 'leak':
      return 'leak';
    default:
      return `${expect.kind}=${JSON.stringify(expect.text)}`;
  }
}

function entryFor(unit: VerifyUnit, key: string, zigVersion: string, fields: Pick<RecordEntry, 'status' | 'outcome' | 'label' | 'output' | 'durationMs'>): RecordEntry {
  return {
    id: unit.id,
    kind: unit.kind,
    location: `${unit.location.file}:${unit.location.line}:${unit.location.column}`,
    mode: unit.mode,
    expect: describeExpectation(unit.expect),
    key,
    zig: zigVersion,
    ...fields,
    command: commandFor(unit),
    ...(unit.skip !== undefined ? { skipReason: unit.skip } : {}),
    source: sourcePathFor(unit).path,
    instructorOnly: unit.instructorOnly,
  };
}

function sameResult(a: RecordEntry, b: RecordEntry): boolean {
  return a.key === b.key && a.outcome === b.outcome && a.output === b.output && a.command === b.command && a.label === b.label;
}

function isSelected(unit: VerifyUnit, paths: string[]): boolean {
  if (!paths.length) return true;
  return paths.some((p) => unit.sourceFile.startsWith(p) || unit.location.file.startsWith(p) || Object.values(unit.origins).some((o) => o.file.startsWith(p)));
}

/** Runs the verification described by `request`. Throws ToolchainError when Zig is needed but missing. */
export async function verifyCourse(request: VerifyRequest): Promise<VerifyReport> {
  const { layout } = request;
  const zigVersion = readZigPin(request.projectRoot);
  const course = loadCourse(layout);
  const record: LoadedRecord = readRecord(layout);
  const warnings = record.corrupt.map(({ file, reason }) => `snippets/verified/${file} is corrupt (${reason}); its entries are rebuilt`);

  const planned = course.units
    .filter((unit) => isSelected(unit, request.paths))
    .map((unit) => {
      const key = cacheKey(unit, zigVersion);
      const recorded = record.byKey.get(key);
      const needsRun = !unit.skip && (request.all || !recorded || recorded.status !== 'verified');
      return { unit, key, recorded, needsRun };
    });

  // Units with the same key (one listing included twice) are run once.
  const toRun = new Map<string, VerifyUnit>();
  for (const plan of planned) if (plan.needsRun && !toRun.has(plan.key)) toRun.set(plan.key, plan.unit);

  let zig: ZigToolchain | undefined;
  const runs = new Map<string, UnitRun>();
  if (toRun.size) {
    zig = await resolveZig({ projectRoot: request.projectRoot, version: zigVersion, ...(request.env ? { env: request.env } : {}) });
    const settings: RunSettings = {
      ...DEFAULT_RUN_SETTINGS,
      ...request.settings,
      zig,
      zigCacheDir: path.join(request.projectRoot, '.cache', 'zig'),
    };
    let done = 0;
    const keys = [...toRun.keys()];
    const finished = await mapWithLimit(keys, request.concurrency || os.availableParallelism(), async (key) => {
      const unit = toRun.get(key)!;
      const run = await runUnit(unit, settings);
      request.onUnitDone?.(++done, keys.length, unit);
      return run;
    });
    keys.forEach((key, i) => runs.set(key, finished[i]!));
  }

  const results: BlockResult[] = [];
  const entries = new Map<string, RecordEntry | undefined>();
  for (const { unit, key, recorded, needsRun } of planned) {
    if (unit.skip) {
      entries.set(unit.id, entryFor(unit, key, zigVersion, { status: 'skipped', outcome: 'skipped', label: `not verified: ${unit.skip}`, output: '', durationMs: 0 }));
      results.push({ unit, status: 'skipped', cached: false, location: unit.location, output: '', durationMs: 0 });
      continue;
    }
    if (!needsRun && recorded) {
      entries.set(unit.id, { ...recorded, ...entryFor(unit, key, zigVersion, recorded) });
      results.push({ unit, status: 'passed', cached: true, location: unit.location, output: recorded.output, durationMs: 0 });
      continue;
    }
    const run = runs.get(key)!;
    const verdict = judge(unit.expect, run.outcome, run.output, unit.mode);
    if (!verdict.ok) {
      // Keep the last passing entry: it is stale, so the site build refuses it until fixed.
      entries.set(unit.id, record.byId.get(unit.id));
      results.push({ unit, status: 'failed', cached: false, location: run.at ?? unit.location, message: verdict.message, output: run.output, durationMs: run.durationMs });
      continue;
    }
    const fresh = entryFor(unit, key, zigVersion, { status: 'verified', outcome: run.outcome.kind, label: verdict.label, output: run.output, durationMs: run.durationMs });
    // An unchanged result keeps its recorded duration, so re-verifying does not churn the record.
    entries.set(unit.id, recorded && sameResult(recorded, fresh) ? { ...fresh, durationMs: recorded.durationMs } : fresh);
    results.push({ unit, status: 'passed', cached: false, location: unit.location, output: run.output, durationMs: run.durationMs });
  }

  const keys = new Map(course.units.map((unit) => [unit.id, cacheKey(unit, zigVersion)]));
  const { nextRecord, nextSources } = assembleRecord(layout, course.units, keys, course.filesWithErrors, entries, record);
  const recordDifferences = request.check ? compareRecords(record, nextRecord) : [];
  return { zigVersion, ...(zig ? { zig } : {}), results, contentErrors: course.errors, recordDifferences, warnings, nextRecord, nextSources, zigRuns: toRun.size };
}

/**
 * The record this run leaves behind: fresh or cached entries for the units
 * verified now; the previous entry for units outside the requested paths or
 * that failed (stale, so the site refuses them); and, for files that could not
 * be read, their previous record untouched.
 */
function assembleRecord(
  layout: CourseLayout,
  units: VerifyUnit[],
  keys: Map<string, string>,
  filesWithErrors: Set<string>,
  entries: Map<string, RecordEntry | undefined>,
  record: LoadedRecord,
): { nextRecord: RecordFile[]; nextSources: Map<string, string> } {
  const byFile = new Map<string, RecordEntry[]>();
  for (const unit of units) {
    if (filesWithErrors.has(unit.sourceFile)) continue;
    const entry = entries.has(unit.id) ? entries.get(unit.id) : record.byId.get(unit.id);
    if (!entry) continue;
    byFile.set(unit.sourceFile, [...(byFile.get(unit.sourceFile) ?? []), entry]);
  }
  for (const recordFile of record.files.values()) {
    if (filesWithErrors.has(recordFile.file)) byFile.set(recordFile.file, recordFile.entries);
  }

  const unitsById = new Map(units.map((unit) => [unit.id, unit]));
  const nextSources = new Map<string, string>();
  for (const fileEntries of byFile.values()) {
    for (const entry of fileEntries) {
      if (!entry.source.startsWith('snippets/verified/')) continue;
      const unit = unitsById.get(entry.id);
      const onDisk = path.join(layout.root, entry.source);
      if (unit && keys.get(unit.id) === entry.key) nextSources.set(entry.source, unit.files[unit.main]!);
      else if (existsSync(onDisk)) nextSources.set(entry.source, readFileSync(onDisk, 'utf8'));
    }
  }
  const nextRecord = [...byFile].map(([file, fileEntries]) => ({ file, entries: fileEntries })).sort((a, b) => a.file.localeCompare(b.file));
  return { nextRecord, nextSources };
}

/** Lists every way the committed record differs from the record this run would write. */
function compareRecords(current: LoadedRecord, next: RecordFile[]): string[] {
  const differences: string[] = [];
  for (const { file } of current.corrupt) differences.push(`snippets/verified/${file}: corrupt`);
  const nextFiles = new Map(next.map((r) => [recordFileFor(r.file), r]));
  for (const [file, recordFile] of nextFiles) {
    const committed = current.files.get(file);
    if (!committed) {
      differences.push(`snippets/verified/${file}: missing from the record`);
      continue;
    }
    if (serializeRecordFile(committed) === serializeRecordFile(recordFile)) continue;
    const old = new Map(committed.entries.map((e) => [e.id, e]));
    for (const entry of recordFile.entries) {
      const before = old.get(entry.id);
      if (!before) {
        differences.push(`${entry.location}: [${entry.id}] missing from the record`);
        continue;
      }
      const fields = (Object.keys(entry) as (keyof RecordEntry)[]).filter((k) => k !== 'durationMs' && JSON.stringify(entry[k]) !== JSON.stringify(before[k]));
      if (fields.length) differences.push(`${entry.location}: [${entry.id}] differs from the record in ${fields.join(', ')}`);
      old.delete(entry.id);
    }
    for (const orphan of old.values()) differences.push(`snippets/verified/${file}: [${orphan.id}] is recorded but no longer in the course`);
  }
  for (const file of current.files.keys()) {
    if (!nextFiles.has(file)) differences.push(`snippets/verified/${file}: recorded, but its content file has no verified blocks`);
  }
  return differences;
}
