/**
 * GitHub Actions annotations: with `GITHUB_ACTIONS=true` every failing block
 * and every located error is also printed as a workflow command,
 * `::error file=…,line=…,col=…::message`, so it shows on the pull request's
 * diff at the line that needs fixing.
 */
import type { SourceLocation } from '../errors.ts';
import type { VerifyReport } from '../verify-course.ts';

/** How many output lines go into one annotation (the log has all of it). */
const MAX_OUTPUT_LINES = 20;

/** Escapes a workflow command's message: `%`, CR and LF (the workflow-command rules). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow command's property value: as data, plus `:` and `,`, which end a property. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One `::error` line at `location`. */
export function errorAnnotation(location: SourceLocation, message: string): string {
  return `::error file=${escapeProperty(location.file)},line=${location.line},col=${location.column}::${escapeData(message)}`;
}

/** Turns a located diagnostic (`file:line:col: error: what`, then detail lines) into an annotation, or undefined when it is not located. */
export function annotationFromDiagnostic(diagnostic: string): string | undefined {
  const match = /^(\S+?):(\d+):(\d+): (?:error: )?([\s\S]*)$/.exec(diagnostic);
  if (!match) return undefined;
  return errorAnnotation({ file: match[1]!, line: Number(match[2]), column: Number(match[3]) }, match[4]!);
}

/** Annotations for every failing block and every content error of a run. */
export function githubAnnotations(report: VerifyReport): string[] {
  const lines: string[] = [];
  for (const result of report.results) {
    if (result.status !== 'failed') continue;
    const output = result.output.split('\n');
    const shown =
      output.slice(0, MAX_OUTPUT_LINES).join('\n') + (output.length > MAX_OUTPUT_LINES ? `\n… ${output.length - MAX_OUTPUT_LINES} more lines in the log` : '');
    lines.push(errorAnnotation(result.location, `[${result.unit.id}] ${result.message ?? 'failed'}${result.output ? `\n${shown}` : ''}`));
  }
  for (const error of report.contentErrors) {
    const detail = [error.details.why && `why: ${error.details.why}`, error.details.fix && `fix: ${error.details.fix}`].filter(Boolean).join('\n');
    lines.push(errorAnnotation(error.location, detail ? `${error.what}\n${detail}` : error.what));
  }
  return lines;
}
