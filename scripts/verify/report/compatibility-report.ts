/**
 * `--report-only`: what would change if the course were verified with another
 * Zig (`--zig PATH`). Every block was re-run; each result is compared with the
 * record entry of the same block id (not by cache key: the key includes the
 * Zig version, so another Zig never matches it). Nothing is written.
 */
import { formatLocation } from '../errors.ts';
import type { BlockResult, VerifyReport } from '../verify-course.ts';

export type ChangeKind = 'would fail' | 'output changes' | 'would pass' | 'not recorded';

export interface BlockChange {
  result: BlockResult;
  kind: ChangeKind;
  /** One line saying what differs (the verdict, or the first differing output line). */
  detail: string;
}

export interface CompatibilityReport {
  changes: BlockChange[];
  /** Blocks re-run and compared (skipped blocks are not). */
  compared: number;
  unchanged: number;
  zigVersion: string;
  recordedZig: string[];
}

const quote = (line: string | undefined) => (line === undefined ? '(no line)' : JSON.stringify(line.length > 100 ? `${line.slice(0, 100)}…` : line));

/** Where two outputs first differ, as `line N: "old" → "new"`. */
export function firstDifference(before: string, after: string): string {
  const a = before.split('\n');
  const b = after.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return `output line ${i + 1}: ${quote(a[i])} → ${quote(b[i])}`;
  }
  return 'output differs';
}

/** Compares a --report-only run with the record it started from. */
export function compareWithRecord(report: VerifyReport): CompatibilityReport {
  const changes: BlockChange[] = [];
  let compared = 0;
  const recordedZig = new Set<string>();
  for (const result of report.results) {
    if (result.status === 'skipped') continue;
    compared++;
    const recorded = report.record.byId.get(result.unit.id);
    if (recorded) recordedZig.add(recorded.zig);
    const provedBefore = recorded?.status === 'verified';
    const fresh = report.fresh.get(result.unit.id);
    if (result.status === 'failed') {
      if (provedBefore) changes.push({ result, kind: 'would fail', detail: result.message ?? 'failed' });
      else if (!recorded) changes.push({ result, kind: 'not recorded', detail: `fails: ${result.message ?? 'failed'}` });
      continue;
    }
    const label = fresh?.status === 'verified' ? fresh.entry.label : undefined;
    if (!recorded) changes.push({ result, kind: 'not recorded', detail: `passes (${label ?? 'verified'}), but the record has no entry for it` });
    else if (!provedBefore) changes.push({ result, kind: 'would pass', detail: `${label ?? 'passes'}; the record has it ${recorded.status}` });
    else if (recorded.output !== result.output) changes.push({ result, kind: 'output changes', detail: firstDifference(recorded.output, result.output) });
    else if (label !== undefined && label !== recorded.label)
      changes.push({ result, kind: 'output changes', detail: `status line: ${quote(recorded.label)} → ${quote(label)}` });
  }
  return {
    changes,
    compared,
    unchanged: compared - changes.length,
    zigVersion: report.zig?.version ?? report.zigVersion,
    recordedZig: [...recordedZig].sort(),
  };
}

/** One located line per changed block: `file:line:col: [id] would fail: …`. */
export function formatChange(change: BlockChange): string {
  return `${formatLocation(change.result.unit.location)}: [${change.result.unit.id}] ${change.kind}: ${change.detail}`;
}

/** `verify --report-only: Zig 0.18.0 against the record (Zig 0.17.0): 40 blocks, 38 unchanged, 1 would fail, 1 output changes; nothing written`. */
export function formatCompatibilitySummary(compat: CompatibilityReport): string {
  const counts = new Map<ChangeKind, number>();
  for (const change of compat.changes) counts.set(change.kind, (counts.get(change.kind) ?? 0) + 1);
  const parts = [`${compat.compared} blocks`, `${compat.unchanged} unchanged`, ...[...counts].map(([kind, n]) => `${n} ${kind}`)];
  const against = compat.recordedZig.length ? `the record (Zig ${compat.recordedZig.join(', ')})` : 'an empty record';
  return `verify --report-only: Zig ${compat.zigVersion} against ${against}: ${parts.join(', ')}; nothing written`;
}
