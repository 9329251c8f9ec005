/**
 * A verify unit: one thing the verifier compiles and runs, with everything it
 * needs and nothing it has to look up. Lesson fences, included listings and
 * exercise files all become units.
 */
import type { SourceLocation } from '../errors.ts';
import type { DisplayView } from './hidden-lines.ts';
import type { Expectation, Mode } from './fence-meta.ts';

/** Line N of a unit file is line `firstLine + N - 1` of `file`, shifted right by `column - 1`. */
export interface SourceOrigin {
  file: string;
  firstLine: number;
  column: number;
}

export type UnitKind = 'fence' | 'exercise-starter' | 'exercise-solution' | 'exercise-wrong';

export interface VerifyUnit {
  /** Course-unique id: the fence's `name`, or `<content path>#<n>`. */
  id: string;
  kind: UnitKind;
  /** The content file this unit belongs to (its record lives beside it). */
  sourceFile: string;
  /** Where diagnostics about the unit point. */
  location: SourceLocation;
  mode: Mode;
  expect: Expectation;
  /** Present when deliberately not verified. */
  skip?: string;
  timeoutMs?: number;
  /** Files written into the run directory, by name. */
  files: Record<string, string>;
  /** The file handed to `zig test` / `zig run`. */
  main: string;
  /** Where line N of each file lives in the repository, by file name (for located diagnostics). */
  origins: Record<string, SourceOrigin>;
  /** What a reader sees, for fences; exercises are shown whole. */
  display?: DisplayView & { includePath?: string; firstLine?: number };
  /** Inside an instructor-only block or an exercise solution. */
  instructorOnly: boolean;
  inHint: boolean;
}

/** The command a learner types to reproduce the unit's output. */
export function commandFor(unit: Pick<VerifyUnit, 'mode' | 'main'>): string {
  return `zig ${unit.mode === 'run' ? 'run' : 'test'} ${unit.main}`;
}
