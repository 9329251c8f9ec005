/**
 * The scan record: snippets/verified/syntax-scan.jsonl, what the scanner found
 * in each learner-facing unit, committed with the rest of the verified record
 * so that the site build and warm verifier runs need no Zig.
 *
 * One line per unit, keyed by a hash of exactly what was scanned (the unit's
 * files, the Zig version, the scanner's source): editing a block rescans that
 * block only, and a line changes only when its block does. Positions are in
 * the unit's own files, so prose edits around a block change nothing.
 *
 * JSON Lines rather than .json: the block record (scripts/verify/record/)
 * owns every .json file under snippets/verified/ and removes the ones it did
 * not write.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { USE_KINDS, type FileScan, type Use, type UseKind } from './scan-output.ts';

/** The record file, relative to the record directory (snippets/verified/). */
export const SCAN_RECORD_FILE = 'syntax-scan.jsonl';
const HEADER = { format: 'zig-syntax-scan', version: 1 } as const;

const recordedFileSchema = z.strictObject({
  /** Parse errors in the file (a block may be broken on purpose). */
  parseErrors: z.number().int().nonnegative(),
  /** `"<kind> <name>"` → every position, `"line:column line:column …"` in reading order. */
  uses: z.record(z.string().regex(new RegExp(`^(${USE_KINDS.join('|')}) \\S+$`)), z.string().regex(/^\d+:\d+( \d+:\d+)*$/)),
});

export const scanEntrySchema = z.strictObject({
  /** The unit's id (fence name, `<content path>#<n>`, or `exercises/<x>#starter`). */
  id: z.string().min(1),
  /** The content file the unit belongs to. */
  source: z.string().min(1),
  /** See scanKey. */
  key: z.string().regex(/^[0-9a-f]{64}$/),
  /** What was found, by the unit's file name. */
  files: z.record(z.string(), recordedFileSchema),
});

export type RecordedFileScan = z.infer<typeof recordedFileSchema>;
export type ScanEntry = z.infer<typeof scanEntrySchema>;

export interface LoadedScanRecord {
  entries: Map<string, ScanEntry>;
  /** Why the file could not be read; its entries are then rebuilt. */
  corrupt?: string;
  /** Whether the file exists at all. */
  exists: boolean;
}

/** Hex SHA-256 of what a scan depends on: the scanned files, the Zig version and the scanner's source hash. */
export function scanKey(files: Record<string, string>, zigVersion: string, scanner: string): string {
  const names = Object.keys(files).sort();
  const material = JSON.stringify({ zig: zigVersion, scanner, files: names.map((name) => [name, files[name]]) });
  return createHash('sha256').update(material).digest('hex');
}

const byPosition = (a: Use, b: Use) => a.line - b.line || a.column - b.column;

/** The compact recorded form of a file's scan. */
export function compactScan(scan: FileScan): RecordedFileScan {
  const groups = new Map<string, Use[]>();
  for (const use of [...scan.uses].sort(byPosition)) {
    const key = `${use.kind} ${use.name}`;
    groups.set(key, [...(groups.get(key) ?? []), use]);
  }
  const uses: Record<string, string> = {};
  for (const key of [...groups.keys()].sort())
    uses[key] = groups
      .get(key)!
      .map((u) => `${u.line}:${u.column}`)
      .join(' ');
  return { parseErrors: scan.parseErrors, uses };
}

/** Expands a recorded file scan back into uses, in reading order. */
export function expandScan(recorded: RecordedFileScan): FileScan {
  const uses: Use[] = [];
  for (const [key, positions] of Object.entries(recorded.uses)) {
    const space = key.indexOf(' ');
    const kind = key.slice(0, space) as UseKind;
    const name = key.slice(space + 1);
    for (const position of positions.split(' ')) {
      const [line, column] = position.split(':').map(Number) as [number, number];
      uses.push({ kind, name, line, column });
    }
  }
  return { parseErrors: recorded.parseErrors, uses: uses.sort(byPosition) };
}

/** The record's text: a header line, then one line per entry, sorted by id, so equal records are equal bytes. */
export function serializeScanRecord(entries: Iterable<ScanEntry>): string {
  const sorted = [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const lines = [JSON.stringify(HEADER)];
  for (const entry of sorted) {
    const files: Record<string, RecordedFileScan> = {};
    for (const name of Object.keys(entry.files).sort()) files[name] = { parseErrors: entry.files[name]!.parseErrors, uses: entry.files[name]!.uses };
    lines.push(JSON.stringify({ id: entry.id, source: entry.source, key: entry.key, files }));
  }
  return `${lines.join('\n')}\n`;
}

/** Parses the record's text; never throws (a bad file is reported in `corrupt`). */
export function parseScanRecord(text: string): LoadedScanRecord {
  const entries = new Map<string, ScanEntry>();
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const fail = (why: string): LoadedScanRecord => ({ entries: new Map(), corrupt: why, exists: true });
  try {
    const header = JSON.parse(lines[0] ?? '{}') as Record<string, unknown>;
    if (header.format !== HEADER.format || header.version !== HEADER.version) return fail(`line 1: not a ${HEADER.format} v${HEADER.version} header`);
  } catch (error) {
    return fail(`line 1: ${(error as Error).message}`);
  }
  for (const [i, line] of lines.slice(1).entries()) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (error) {
      return fail(`line ${i + 2}: ${(error as Error).message}`);
    }
    const result = scanEntrySchema.safeParse(parsed);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      return fail(`line ${i + 2}: ${issue.path.join('.') || 'entry'}: ${issue.message}`);
    }
    entries.set(result.data.id, result.data);
  }
  return { entries, exists: true };
}

/** Reads the record from a record directory (snippets/verified/). */
export function readScanRecord(recordDir: string): LoadedScanRecord {
  const file = path.join(recordDir, SCAN_RECORD_FILE);
  if (!existsSync(file)) return { entries: new Map(), exists: false };
  return parseScanRecord(readFileSync(file, 'utf8'));
}

/** Writes the record through a temporary file and a rename, as the block record is; false when unchanged. */
export function writeScanRecord(recordDir: string, text: string): boolean {
  const file = path.join(recordDir, SCAN_RECORD_FILE);
  if (existsSync(file) && readFileSync(file, 'utf8') === text) return false;
  mkdirSync(recordDir, { recursive: true });
  const temporary = `${file}.tmp-${process.pid}`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
  return true;
}

/** Every way the committed record differs from `next`, as located error lines. */
export function compareScanRecords(committed: LoadedScanRecord, next: Iterable<ScanEntry>): string[] {
  const file = `snippets/verified/${SCAN_RECORD_FILE}`;
  if (committed.corrupt) return [`${file}: error: corrupt (${committed.corrupt})`];
  const differences: string[] = [];
  const old = new Map(committed.entries);
  const nextEntries = [...next];
  if (!committed.exists && nextEntries.length) return [`${file}: error: missing (${nextEntries.length} scanned blocks are not recorded)`];
  for (const entry of nextEntries) {
    const before = old.get(entry.id);
    old.delete(entry.id);
    if (!before) differences.push(`${file}: error: [${entry.id}] missing from the syntax record`);
    else if (serializeScanRecord([before]) !== serializeScanRecord([entry])) differences.push(`${file}: error: [${entry.id}] differs from the syntax record`);
  }
  for (const orphan of old.values()) differences.push(`${file}: error: [${orphan.id}] is recorded but no longer scanned`);
  return differences;
}
