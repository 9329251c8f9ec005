/**
 * The syntax-order check, as `npm run verify` runs it after the blocks: every
 * block a learner sees uses only features its lesson (or an earlier one)
 * introduces, per content/syntax/inventory.yaml.
 *
 * Plan: find the learner-facing units, take each one's scan from the record
 * when its key still matches, scan the rest with the pinned Zig's parser in one
 * batch (scanner.ts), then judge every selected unit (check-syntax-order.ts).
 * It returns data; the caller prints it and writes the record.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ContentError, SourceLocation } from '../verify/errors.ts';
import type { CourseLayout, LoadedCourse } from '../verify/extract/load-course.ts';
import type { VerifyUnit } from '../verify/extract/unit.ts';
import { resolveZig } from '../verify/run/zig-toolchain.ts';
import { findViolations, readOptOut, unneededOptOutError, violationError, type CheckFile, type CheckTarget } from './check-syntax-order.ts';
import { INVENTORY_FILE, readCourseOrder, readInventory, unknownLessonErrors } from './course-data.ts';
import { indexFeatures } from './feature-index.ts';
import { placeOf, type CourseOrder } from './lesson-place.ts';
import { recordDirOf } from '../verify/record/import-records.ts';
import { compactScan, expandScan, readScanRecord, scanKey, type LoadedScanRecord, type ScanEntry } from './scan-record.ts';
import { ensureScanner, runScanner, scannerHash } from './scanner.ts';

export interface SyntaxOrderRequest {
  layout: CourseLayout;
  /** Where .cache/ lives (the scanner binary is cached there). */
  projectRoot: string;
  course: LoadedCourse;
  zigVersion: string;
  /** Only units whose files start with one of these; empty = all. */
  paths: string[];
  /** Rescan every selected unit, even those the record has (`--all`). */
  rescan: boolean;
  /** Record folders (`--import`) whose scans count as this run's when their key matches. */
  imports?: string[];
  env?: NodeJS.ProcessEnv;
}

/** A learner-facing unit: what is scanned, and where it sits. */
export interface ScannableUnit {
  unit: VerifyUnit;
  target: Omit<CheckTarget, 'files'>;
  /** The files scanned, by name, with where they come from and which lines are shown. */
  files: { name: string; text: string; origin: CheckFile['origin']; shown?: ReadonlySet<number> }[];
  key: string;
}

export interface SyntaxOrderReport {
  /** False when the course has no inventory, or its inventory has errors (reported by loadCourse). */
  enabled: boolean;
  /** Why the check did not run, when the course has an inventory. */
  notRun?: string;
  errors: ContentError[];
  /** Learner-facing units judged this run. */
  checked: number;
  optOuts: { id: string; reason: string; location: SourceLocation }[];
  /** Units the scanner read this run; the others came from the record. */
  scanned: number;
  scanMs: number;
  /** The scanner was compiled this run. */
  builtScanner: boolean;
  /** Every learner-facing unit of the course. */
  units: ScannableUnit[];
  /** This run's scans, by unit id. */
  fresh: Map<string, ScanEntry>;
  /** The record as it was when the check started. */
  record: LoadedScanRecord;
}

function isSelected(unit: VerifyUnit, paths: string[]): boolean {
  if (!paths.length) return true;
  const files = [unit.sourceFile, unit.location.file, ...Object.values(unit.origins).map((o) => o.file)];
  return paths.some((p) => files.some((file) => file.startsWith(p)));
}

/** The files of a unit a learner sees: a fence's file (only its shown lines), or an exercise's starter and tests (whole). */
function scannedFiles(unit: VerifyUnit): ScannableUnit['files'] {
  if (unit.kind === 'fence') {
    return [{ name: unit.main, text: unit.files[unit.main]!, origin: unit.origins[unit.main]!, shown: new Set(unit.display?.lineMap ?? []) }];
  }
  return Object.keys(unit.files).map((name) => ({ name, text: unit.files[name]!, origin: unit.origins[name]! }));
}

/** Lists the units the check covers, with their places and scan keys (no Zig needed). */
export function scannableUnits(
  courseUnits: readonly VerifyUnit[],
  order: CourseOrder,
  keyParts: { zigVersion: string; scanner: string },
  lines: (file: string) => string[],
): ScannableUnit[] {
  const { zigVersion, scanner } = keyParts;
  const units: ScannableUnit[] = [];
  for (const unit of courseUnits) {
    const place = placeOf(unit, order);
    if (place.kind === 'exempt') continue;
    const files = scannedFiles(unit);
    const optOut = unit.kind === 'fence' ? readOptOut(lines(unit.location.file)[unit.location.line - 1] ?? '', unit.location) : undefined;
    units.push({
      unit,
      target: { id: unit.id, place, location: unit.location, isExercise: unit.kind !== 'fence', ...(optOut ? { optOut } : {}) },
      files,
      key: scanKey(Object.fromEntries(files.map((f) => [f.name, f.text])), zigVersion, scanner),
    });
  }
  return units;
}

/** Runs the check. Throws ToolchainError or ScannerError when a scan is needed and Zig cannot do it. */
export async function checkSyntaxOrder(request: SyntaxOrderRequest): Promise<SyntaxOrderReport> {
  const { layout, course } = request;
  const record = readScanRecord(layout.recordDir);
  const empty: SyntaxOrderReport = {
    enabled: false,
    errors: [],
    checked: 0,
    optOuts: [],
    scanned: 0,
    scanMs: 0,
    builtScanner: false,
    units: [],
    fresh: new Map(),
    record,
  };
  const inventory = readInventory(layout);
  if (!inventory) return existsSync(path.join(layout.root, INVENTORY_FILE)) ? { ...empty, notRun: `${INVENTORY_FILE} has errors` } : empty;

  const fileLines = new Map<string, string[]>();
  const lines = (file: string) => {
    if (!fileLines.has(file)) fileLines.set(file, readFileSync(path.join(layout.root, file), 'utf8').split('\n'));
    return fileLines.get(file)!;
  };
  const order = readCourseOrder(layout);
  const errors: ContentError[] = unknownLessonErrors(inventory, order);
  const index = indexFeatures(inventory.features);
  const units = scannableUnits(course.units, order, { zigVersion: request.zigVersion, scanner: scannerHash(request.projectRoot) }, lines);
  const selected = units.filter((u) => isSelected(u.unit, request.paths));

  // Scans another machine made of exactly these texts (a shard's record) are taken as they are.
  const fresh = new Map<string, ScanEntry>();
  for (const dir of request.imports ?? []) {
    const imported = readScanRecord(recordDirOf(dir));
    for (const u of selected) {
      const entry = imported.entries.get(u.unit.id);
      if (entry?.key === u.key && !fresh.has(u.unit.id)) fresh.set(u.unit.id, { ...entry, source: u.unit.sourceFile });
    }
  }
  // One batch for everything the record does not have, each distinct text once.
  const stale = selected.filter((u) => !fresh.has(u.unit.id) && (request.rescan || record.entries.get(u.unit.id)?.key !== u.key));
  let scanMs = 0;
  let builtScanner = false;
  if (stale.length) {
    const zig = await resolveZig({ projectRoot: request.projectRoot, version: request.zigVersion, ...(request.env ? { env: request.env } : {}) });
    const scanner = await ensureScanner(request.projectRoot, zig);
    builtScanner = scanner.built;
    const texts = [...new Set(stale.flatMap((u) => u.files.map((f) => f.text)))];
    const started = performance.now();
    const scans = await runScanner(scanner.path, texts);
    scanMs = performance.now() - started;
    const byText = new Map(texts.map((text, i) => [text, scans[i]!]));
    for (const u of stale) {
      const files = Object.fromEntries(u.files.map((f) => [f.name, compactScan(byText.get(f.text)!)]));
      fresh.set(u.unit.id, { id: u.unit.id, source: u.unit.sourceFile, key: u.key, files });
    }
  }

  const optOuts: SyntaxOrderReport['optOuts'] = [];
  for (const u of selected) {
    const entry = fresh.get(u.unit.id) ?? record.entries.get(u.unit.id)!;
    const target: CheckTarget = {
      ...u.target,
      files: u.files.map((f) => ({ name: f.name, scan: expandScan(entry.files[f.name]!), origin: f.origin, ...(f.shown ? { shown: f.shown } : {}) })),
    };
    const violations = findViolations(target, index);
    if (target.optOut) {
      optOuts.push({ id: target.id, reason: target.optOut.reason, location: target.optOut.location });
      if (!violations.length) errors.push(unneededOptOutError({ ...target, optOut: target.optOut }));
      continue;
    }
    for (const violation of violations) errors.push(violationError(target, violation, order, lines(violation.location.file)[violation.location.line - 1]));
  }

  return { enabled: true, errors, checked: selected.length, optOuts, scanned: stale.length, scanMs, builtScanner, units, fresh, record };
}

/**
 * The record after this run: this run's scans; else the recorded entry of
 * each unit (current or stale: an unselected unit keeps what it had); entries
 * of content files that failed to load are kept as they are.
 */
export function nextScanEntries(
  report: Pick<SyntaxOrderReport, 'units' | 'fresh'>,
  onDisk: LoadedScanRecord,
  filesWithErrors: ReadonlySet<string>,
): ScanEntry[] {
  const next = new Map<string, ScanEntry>();
  for (const { unit } of report.units) {
    if (filesWithErrors.has(unit.sourceFile)) continue;
    const entry = report.fresh.get(unit.id) ?? onDisk.entries.get(unit.id);
    if (entry) next.set(unit.id, { ...entry, source: unit.sourceFile });
  }
  for (const entry of onDisk.entries.values()) if (filesWithErrors.has(entry.source) && !next.has(entry.id)) next.set(entry.id, entry);
  return [...next.values()];
}
