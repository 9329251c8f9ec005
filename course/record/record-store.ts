/**
 * Where results are recorded: reads and writes snippets/verified/.
 *
 * Every file is written to a temporary name and renamed into place, so an
 * interrupted run leaves each file either old or new, never half written. A
 * file that does not parse or fails its schema is reported and rebuilt.
 */
import { existsSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { CourseLayout } from '../extract/load-course.ts';
import type { VerifyUnit } from '../extract/unit.ts';
import { recordFileSchema, serializeRecordFile, type RecordEntry, type RecordFile } from './record-schema.ts';
import { listFiles, writeFileAtomically } from '../files.ts';

const toPosix = (p: string) => p.split(path.sep).join('/');

/** The record file (relative to the record dir) that holds the units of a content file. */
export function recordFileFor(sourceFile: string): string {
  return `${sourceFile.replace(/^content\//, '').replace(/\.mdx?$/, '')}.json`;
}

/** Where a unit's exact compiled source is kept for readers (relative to the course root). */
export function sourcePathFor(unit: VerifyUnit): { path: string; extracted: boolean } {
  if (unit.kind !== 'fence') return { path: unit.sourceFile.replace(/\/[^/]+$/, '/'), extracted: false };
  if (unit.display?.includePath) return { path: unit.display.includePath, extracted: false };
  const slot = unit.id.includes('#') ? unit.id.slice(unit.id.lastIndexOf('#') + 1) : unit.id;
  const base = recordFileFor(unit.sourceFile).replace(/\.json$/, '');
  return { path: `snippets/verified/${base}/${slot}/${unit.main}`, extracted: true };
}

export interface LoadedRecord {
  /** Record files by path relative to the record dir. */
  files: Map<string, RecordFile>;
  /** Every entry, by cache key. */
  byKey: Map<string, RecordEntry>;
  /** Every entry, by block id. */
  byId: Map<string, RecordEntry>;
  /** Files that could not be read; their entries will be rebuilt. */
  corrupt: { file: string; reason: string }[];
}

/** Reads the whole record; never throws for bad content (it is reported in `corrupt`). */
export function readRecord(layout: CourseLayout): LoadedRecord {
  const loaded: LoadedRecord = { files: new Map(), byKey: new Map(), byId: new Map(), corrupt: [] };
  for (const full of listFiles(layout.recordDir, (name) => name.endsWith('.json'))) {
    const relative = toPosix(path.relative(layout.recordDir, full));
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(full, 'utf8'));
    } catch (error) {
      loaded.corrupt.push({ file: relative, reason: `not valid JSON (${(error as Error).message})` });
      continue;
    }
    const result = recordFileSchema.safeParse(parsed);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      loaded.corrupt.push({ file: relative, reason: `${issue.path.join('.') || 'file'}: ${issue.message}` });
      continue;
    }
    loaded.files.set(relative, result.data);
    for (const entry of result.data.entries) {
      loaded.byKey.set(entry.key, entry);
      loaded.byId.set(entry.id, entry);
    }
  }
  return loaded;
}

function removeEmptyDirs(dir: string, root: string): void {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) removeEmptyDirs(full, root);
  }
  if (dir !== root && readdirSync(dir).length === 0) rmdirSync(dir);
}

export interface RecordChanges {
  written: string[];
  removed: string[];
}

/**
 * Makes snippets/verified/ hold exactly `files` and the `extracted` sources
 * (paths relative to the course root). Unchanged files are not touched.
 */
export function writeRecord(layout: CourseLayout, files: RecordFile[], extracted: Map<string, string>): RecordChanges {
  const changes: RecordChanges = { written: [], removed: [] };
  const keep = new Set<string>();
  for (const [relative, text] of [...extracted].sort(([a], [b]) => a.localeCompare(b))) {
    const full = path.join(layout.root, relative);
    keep.add(full);
    if (writeFileAtomically(full, text)) changes.written.push(relative);
  }
  for (const record of [...files].sort((a, b) => a.file.localeCompare(b.file))) {
    const full = path.join(layout.recordDir, recordFileFor(record.file));
    keep.add(full);
    if (writeFileAtomically(full, serializeRecordFile(record))) changes.written.push(toPosix(path.relative(layout.root, full)));
  }
  for (const full of [...listFiles(layout.recordDir, (name) => name.endsWith('.json')), ...listFiles(layout.recordDir, (name) => name.endsWith('.zig'))]) {
    if (keep.has(full)) continue;
    rmSync(full);
    changes.removed.push(toPosix(path.relative(layout.root, full)));
  }
  // Leftovers of an interrupted earlier write.
  for (const full of listFiles(layout.recordDir, () => true)) {
    if (/\.tmp-\d+$/.test(full)) rmSync(full);
  }
  removeEmptyDirs(layout.recordDir, layout.recordDir);
  return changes;
}
