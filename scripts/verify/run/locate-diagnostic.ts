/**
 * Points a failure at the lesson source: finds the first place in Zig's output
 * that names one of the unit's files (a compile error first, else the first
 * stack frame) and maps it through the unit's origins.
 */
import type { SourceLocation } from '../../../course/errors.ts';
import type { SourceOrigin } from '../../../course/extract/unit.ts';

const POSITION = /(?:^|[\s(])([A-Za-z0-9_][A-Za-z0-9_.-]*\.zig):(\d+):(\d+)(: error:)?/gm;

/** Returns the repository location of the most relevant position in `output`, if any. */
export function locateDiagnostic(output: string, origins: Record<string, SourceOrigin>): SourceLocation | undefined {
  let firstFrame: SourceLocation | undefined;
  for (const match of output.matchAll(POSITION)) {
    const origin = origins[match[1]!];
    if (!origin) continue;
    const location = {
      file: origin.file,
      line: origin.firstLine + Number(match[2]) - 1,
      column: origin.column + Number(match[3]) - 1,
    };
    if (match[4]) return location;
    firstFrame ??= location;
  }
  return firstFrame;
}
