/**
 * The syntax-order check as one step of `npm run verify` (scripts/verify/cli.ts
 * calls it after the blocks have run): check, then write the scan record, or
 * under --check compare it with the committed one. Returns what to print, how
 * many failures to count, and the part of the summary line it adds.
 */
import path from 'node:path';
import type { CourseLayout, LoadedCourse } from '../../course/extract/load-course.ts';
import { withRecordLock } from '../verify/record/record-lock.ts';
import { ToolchainError } from '../../course/zig-pin.ts';
import { compareScanRecords, readScanRecord, serializeScanRecord, writeScanRecord, SCAN_RECORD_FILE } from '../../course/syntax/scan-record.ts';
import { ScannerError } from './scanner.ts';
import { checkSyntaxOrder, nextScanEntries, type SyntaxOrderReport } from './syntax-order.ts';

export interface SyntaxStepOptions {
  layout: CourseLayout;
  projectRoot: string;
  course: LoadedCourse;
  zigVersion: string;
  paths: string[];
  all: boolean;
  check: boolean;
  /** Record folders given to --import. */
  imports?: string[];
  env?: NodeJS.ProcessEnv;
}

export interface SyntaxStepResult {
  /** Located errors and record differences, one message each, for stderr. */
  errors: string[];
  /** Notes for stderr (the record was updated). */
  notes: string[];
  /** Failures to add to the run's total. */
  failures: number;
  /** Appended to the summary line (empty when the course has no inventory). */
  summary: string;
  /** Set when the check could not run at all (no Zig, scanner did not build): exit with it. */
  exitCode?: number;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `syntax: 85 blocks checked, 1 error, 2 opt-outs (3 scanned in 41 ms)`. */
export function formatSyntaxSummary(report: Pick<SyntaxOrderReport, 'checked' | 'optOuts' | 'scanned' | 'scanMs' | 'builtScanner'>, failures: number): string {
  const parts = [plural(report.checked, 'block') + ' checked'];
  if (failures) parts.push(plural(failures, 'error'));
  parts.push(plural(report.optOuts.length, 'opt-out'));
  const took = report.scanMs < 1000 ? `${Math.round(report.scanMs)} ms` : `${(report.scanMs / 1000).toFixed(1)} s`;
  const scan = report.scanned ? ` (${report.scanned} scanned in ${took}${report.builtScanner ? ', scanner built' : ''})` : '';
  return `syntax: ${parts.join(', ')}${scan}`;
}

/** Runs the check for `npm run verify`; never throws for a missing Zig (that is exitCode 2). */
export async function runSyntaxStep(options: SyntaxStepOptions): Promise<SyntaxStepResult> {
  let report: SyntaxOrderReport;
  try {
    report = await checkSyntaxOrder({
      layout: options.layout,
      projectRoot: options.projectRoot,
      course: options.course,
      zigVersion: options.zigVersion,
      paths: options.paths,
      rescan: options.all,
      ...(options.imports?.length ? { imports: options.imports.map((dir) => path.resolve(dir)) } : {}),
      ...(options.env ? { env: options.env } : {}),
    });
  } catch (error) {
    if (error instanceof ToolchainError || error instanceof ScannerError) {
      return { errors: [`verify: error: syntax check: ${error.message}`], notes: [], failures: 1, summary: '', exitCode: 2 };
    }
    throw error;
  }
  if (!report.enabled) return { errors: [], notes: [], failures: 0, summary: report.notRun ? `syntax: not checked (${report.notRun})` : '' };

  const errors = report.errors.map((error) => error.message);
  const notes: string[] = [];
  if (report.record.corrupt) notes.push(`verify: warning: snippets/verified/${SCAN_RECORD_FILE} is corrupt (${report.record.corrupt}); it is rebuilt`);
  if (options.check) {
    const differences = compareScanRecords(report.record, nextScanEntries(report, report.record, options.course.filesWithErrors));
    errors.push(...differences);
    if (differences.length) errors.push(`verify: the syntax record is out of date: run \`npm run verify\` and commit snippets/verified/${SCAN_RECORD_FILE}`);
    const failures = report.errors.length + differences.length;
    return { errors, notes, failures, summary: formatSyntaxSummary(report, failures) };
  }
  // Merged with the record as it is now: another run may have written since this one started.
  const written = await withRecordLock(options.layout.recordDir, () => {
    const onDisk = readScanRecord(options.layout.recordDir);
    return writeScanRecord(options.layout.recordDir, serializeScanRecord(nextScanEntries(report, onDisk, options.course.filesWithErrors)));
  });
  if (written) notes.push(`verify: syntax record updated (snippets/verified/${SCAN_RECORD_FILE})`);
  return { errors, notes, failures: report.errors.length, summary: formatSyntaxSummary(report, report.errors.length) };
}
