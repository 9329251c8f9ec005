/**
 * `--import DIR`: results another machine established (a `--shard` run's
 * snippets/verified/, say) count as established by this run, so merging the
 * shards of a CI matrix starts no Zig at all.
 *
 * Only proofs are taken: a `verified` entry whose cache key (source, files,
 * expectation, Zig version, verifier version) equals the block's key now. An
 * entry for an older source or another Zig is ignored, and the block runs.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { CourseLayout } from '../../../course/extract/load-course.ts';
import type { RecordEntry } from '../../../course/record/record-schema.ts';
import { readRecord } from '../../../course/record/record-store.ts';

export interface ImportedRecords {
  /** Verified entries by cache key. */
  byKey: Map<string, RecordEntry>;
  /** Corrupt files in the folders given (their entries are not imported). */
  warnings: string[];
}

/** A folder may be a record folder itself or a course (or clone) that holds snippets/verified/. */
export function recordDirOf(dir: string): string {
  const nested = path.join(dir, 'snippets', 'verified');
  return existsSync(nested) && statSync(nested).isDirectory() ? nested : dir;
}

/** A folder given to --import that does not exist (a usage error, exit 2). */
export class ImportError extends Error {
  override name = 'ImportError';
}

export function importRecords(layout: CourseLayout, dirs: string[]): ImportedRecords {
  const imported: ImportedRecords = { byKey: new Map(), warnings: [] };
  for (const dir of dirs) {
    const recordDir = recordDirOf(path.resolve(dir));
    if (!existsSync(recordDir)) throw new ImportError(`--import ${dir}: no such folder`);
    const record = readRecord({ ...layout, recordDir });
    for (const { file, reason } of record.corrupt) imported.warnings.push(`--import ${dir}: ${file} is corrupt (${reason}); ignored`);
    for (const [key, entry] of record.byKey) if (entry.status === 'verified') imported.byKey.set(key, entry);
  }
  return imported;
}
