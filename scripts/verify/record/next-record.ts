/**
 * The record a run leaves behind, computed from what the run established and
 * the record on disk at the moment of writing (so two verifier runs at once do
 * not undo each other's work), and how it differs from the committed one.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Expectation } from '../extract/fence-meta.ts';
import type { CourseLayout, LoadedCourse } from '../extract/load-course.ts';
import { commandFor, type VerifyUnit } from '../extract/unit.ts';
import { serializeRecordFile, type RecordEntry, type RecordFile } from './record-schema.ts';
import { recordFileFor, sourcePathFor, type LoadedRecord } from './record-store.ts';

/** What a run established for one unit. Failures carry no entry: only proofs are recorded. */
export type Fresh = { status: 'verified' | 'skipped'; entry: RecordEntry } | { status: 'failed' };

/** Writes an expectation back in the fence language, for the record. */
export function describeExpectation(expect: Expectation): string {
  switch (expect.kind) {
    case 'pass':
    case 'leak':
      return expect.kind;
    case 'exit':
      return `exit="${expect.code}"`;
    case 'error':
      return `error="${expect.name}"`;
    default:
      return `${expect.kind}=${JSON.stringify(expect.text)}`;
  }
}

type ResultFields = Pick<RecordEntry, 'status' | 'outcome' | 'label' | 'output' | 'durationMs' | 'trace'>;

/** Where a unit is now: the fields of an entry that follow the content, not the result. */
function placement(
  unit: VerifyUnit,
): Pick<RecordEntry, 'id' | 'kind' | 'location' | 'mode' | 'expect' | 'command' | 'source' | 'instructorOnly'> & { skipReason?: string } {
  return {
    id: unit.id,
    kind: unit.kind,
    location: `${unit.location.file}:${unit.location.line}:${unit.location.column}`,
    mode: unit.mode,
    expect: describeExpectation(unit.expect),
    command: commandFor(unit),
    ...(unit.skip !== undefined ? { skipReason: unit.skip } : {}),
    source: sourcePathFor(unit).path,
    instructorOnly: unit.instructorOnly,
  };
}

/** A new record entry for a unit this run verified (or skipped). */
export function freshEntry(unit: VerifyUnit, key: string, zigVersion: string, result: ResultFields): RecordEntry {
  const { skipReason, ...where } = placement(unit);
  return { ...where, key, zig: zigVersion, ...result, ...(skipReason !== undefined ? { skipReason } : {}) };
}

function sameResult(a: RecordEntry, b: RecordEntry): boolean {
  return (
    a.key === b.key &&
    a.status === b.status &&
    a.outcome === b.outcome &&
    a.output === b.output &&
    a.label === b.label &&
    JSON.stringify(a.trace) === JSON.stringify(b.trace)
  );
}

export interface NextRecord {
  files: RecordFile[];
  /** Extracted sources, by path relative to the course root. */
  sources: Map<string, string>;
}

export interface RunFindings {
  course: LoadedCourse;
  keys: Map<string, string>;
  fresh: Map<string, Fresh>;
}

/**
 * For each unit: this run's entry (keeping the recorded duration when the
 * result is unchanged); else the recorded entry for its current source, moved
 * to where the unit now is; else its previous, stale entry (which the site
 * refuses until the block is verified). Files that failed to load keep their
 * record untouched.
 */
export function buildNextRecord(layout: CourseLayout, findings: RunFindings, record: LoadedRecord): NextRecord {
  const { course, keys, fresh } = findings;
  const byFile = new Map<string, RecordEntry[]>();
  for (const unit of course.units) {
    if (course.filesWithErrors.has(unit.sourceFile)) continue;
    const key = keys.get(unit.id)!;
    const established = fresh.get(unit.id);
    const recorded = record.byKey.get(key);
    let entry: RecordEntry | undefined;
    if (established && established.status !== 'failed') {
      entry = recorded && sameResult(recorded, established.entry) ? { ...established.entry, durationMs: recorded.durationMs } : established.entry;
    } else if (established?.status === 'failed') {
      const previous = record.byId.get(unit.id);
      entry = previous && previous.key !== key ? previous : undefined;
    } else if (recorded) {
      const { skipReason: _, ...result } = recorded;
      entry = { ...result, ...placement(unit) };
    } else {
      entry = record.byId.get(unit.id);
    }
    if (entry) byFile.set(unit.sourceFile, [...(byFile.get(unit.sourceFile) ?? []), entry]);
  }
  for (const recordFile of record.files.values()) {
    if (course.filesWithErrors.has(recordFile.file)) byFile.set(recordFile.file, recordFile.entries);
  }

  const unitsById = new Map(course.units.map((unit) => [unit.id, unit]));
  const sources = new Map<string, string>();
  for (const fileEntries of byFile.values()) {
    for (const entry of fileEntries) {
      if (!entry.source.startsWith('snippets/verified/')) continue;
      const unit = unitsById.get(entry.id);
      const onDisk = path.join(layout.root, entry.source);
      if (unit && keys.get(unit.id) === entry.key) sources.set(entry.source, unit.files[unit.main]!);
      else if (existsSync(onDisk)) sources.set(entry.source, readFileSync(onDisk, 'utf8'));
      // The files with="…" placed beside it, so the folder runs by hand as it ran here.
      for (const name of Object.keys(unit?.files ?? {})) {
        if (name === unit!.main) continue;
        const beside = `${path.posix.dirname(entry.source)}/${name}`;
        const besideOnDisk = path.join(layout.root, beside);
        if (keys.get(unit!.id) === entry.key) sources.set(beside, unit!.files[name]!);
        else if (existsSync(besideOnDisk)) sources.set(beside, readFileSync(besideOnDisk, 'utf8'));
      }
    }
  }
  const files = [...byFile].map(([file, entries]) => ({ file, entries })).sort((a, b) => a.file.localeCompare(b.file));
  return { files, sources };
}

/** Lists every way the committed record differs from `next` (durations aside). */
export function compareRecords(current: LoadedRecord, next: RecordFile[]): string[] {
  const differences: string[] = [];
  for (const { file } of current.corrupt) differences.push(`snippets/verified/${file}: corrupt`);
  const nextFiles = new Map(next.map((recordFile) => [recordFileFor(recordFile.file), recordFile]));
  for (const [file, recordFile] of nextFiles) {
    const committed = current.files.get(file);
    if (!committed) {
      differences.push(`snippets/verified/${file}: missing from the record`);
      continue;
    }
    if (serializeRecordFile(committed) === serializeRecordFile(recordFile)) continue;
    const old = new Map(committed.entries.map((entry) => [entry.id, entry]));
    for (const entry of recordFile.entries) {
      const before = old.get(entry.id);
      old.delete(entry.id);
      if (!before) {
        differences.push(`${entry.location}: [${entry.id}] missing from the record`);
        continue;
      }
      const fields = (Object.keys({ ...entry, ...before }) as (keyof RecordEntry)[]).filter(
        (k) => k !== 'durationMs' && JSON.stringify(entry[k]) !== JSON.stringify(before[k]),
      );
      if (fields.length) differences.push(`${entry.location}: [${entry.id}] differs from the record in ${fields.join(', ')}`);
    }
    for (const orphan of old.values()) differences.push(`snippets/verified/${file}: [${orphan.id}] is recorded but no longer in the course`);
  }
  for (const file of current.files.keys()) {
    if (!nextFiles.has(file) && !current.corrupt.some((c) => c.file === file))
      differences.push(`snippets/verified/${file}: recorded, but its content file has no blocks any more`);
  }
  return differences;
}
