/** `--json FILE`: the results, machine-readable. */
import type { VerifyReport } from '../verify-course.ts';

export interface JsonResult {
  id: string;
  file: string;
  line: number;
  column: number;
  mode: 'test' | 'run' | 'build' | 'syntax';
  status: 'passed' | 'failed' | 'skipped';
  cached: boolean;
  durationMs: number;
  zigVersion: string;
  output: string;
  message: string;
}

export function toJsonResults(report: VerifyReport): JsonResult[] {
  const results: JsonResult[] = report.results.map((result) => ({
    id: result.unit.id,
    file: result.location.file,
    line: result.location.line,
    column: result.location.column,
    mode: result.unit.mode,
    status: result.status,
    cached: result.cached,
    durationMs: result.durationMs,
    zigVersion: report.zigVersion,
    output: result.output,
    message: result.status === 'skipped' ? `skipped: ${result.unit.skip}` : (result.message ?? ''),
  }));
  for (const error of report.contentErrors) {
    results.push({
      id: '',
      file: error.location.file,
      line: error.location.line,
      column: error.location.column,
      mode: 'test',
      status: 'failed',
      cached: false,
      durationMs: 0,
      zigVersion: report.zigVersion,
      output: '',
      message: error.message,
    });
  }
  return results;
}
