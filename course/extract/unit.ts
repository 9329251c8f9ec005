/**
 * A verify unit: one thing the verifier compiles and runs, with everything it
 * needs and nothing it has to look up. Lesson fences, included listings and
 * exercise files all become units.
 */
import type { SourceLocation } from '../errors.ts';
import type { DisplayView } from './hidden-lines.ts';
import type { BuildOptions, Expectation, Mode } from './fence-meta.ts';

/** Line N of a unit file is line `firstLine + N - 1` of `file`, shifted right by `column - 1`. */
export interface SourceOrigin {
  file: string;
  firstLine: number;
  column: number;
}

/** An opt-out written on the fence: `syntax-ok="reason"`, and where it is written (for the caret). */
export interface OptOut {
  reason: string;
  location: SourceLocation;
  /** The fence line, for the caret. */
  sourceLine: string;
  length: number;
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
  /** `syntax-ok="…"` on a fence: the syntax-order check excuses this block (presentation only: not part of the cache key). */
  syntaxOk?: OptOut;
  timeoutMs?: number;
  /** Compile options (link-libc, optimize, target); absent when there are none. */
  options?: BuildOptions;
  /** `trace`: the run's allocation events are collected (course/trace/); trace.zig is among the files. */
  trace?: true;
  /** `diagram="…"`: the diagram's title (presentation only: not part of the cache key). */
  diagram?: string;
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

type CommandFields = Pick<VerifyUnit, 'mode' | 'main'> & Partial<Pick<VerifyUnit, 'options' | 'files'>>;

/** A `build` block with `pub fn main` is built as an executable; one without, as an object (doctest's `obj`). */
export function buildsExecutable(unit: CommandFields): boolean {
  return unit.mode === 'run' || (unit.mode === 'build' && /^\s*pub\s+fn\s+main\s*\(/m.test(unit.files?.[unit.main] ?? ''));
}

/** Whether the compiled block is run: `test` and `run` blocks are, unless they are compiled for another target. */
export function isRun(unit: Pick<VerifyUnit, 'mode' | 'options'>): boolean {
  return (unit.mode === 'test' || unit.mode === 'run') && unit.options?.target === undefined;
}

/** The compiler flags of a unit's options, in the order the command shows them. */
export function optionFlags(options: BuildOptions | undefined): string[] {
  if (!options) return [];
  return [...(options.linkLibc ? ['-lc'] : []), ...(options.optimize ? ['-O', options.optimize] : []), ...(options.target ? ['-target', options.target] : [])];
}

/** The command a learner types to reproduce the unit's output. */
export function commandFor(unit: CommandFields): string {
  const flags = optionFlags(unit.options);
  const crossed = unit.options?.target !== undefined;
  let words: string[];
  if (unit.mode === 'syntax') words = ['ast-check', unit.main];
  else if (unit.mode === 'test') words = ['test', unit.main, ...flags, ...(crossed ? ['--test-no-exec'] : [])];
  else if (unit.mode === 'run' && !crossed) words = ['run', unit.main, ...flags];
  else words = [buildsExecutable(unit) ? 'build-exe' : 'build-obj', unit.main, ...flags];
  return `zig ${words.join(' ')}`;
}

/** A unit is selected by a path when its content file, or any file it was built from, starts with that path; no paths select every unit. */
export function isSelected(unit: VerifyUnit, paths: string[]): boolean {
  if (!paths.length) return true;
  const files = [unit.sourceFile, unit.location.file, ...Object.values(unit.origins).map((o) => o.file)];
  return paths.some((p) => files.some((file) => file.startsWith(p)));
}

/** The id of a block's code frame on its page (`#block-l37-forgot-deinit`), and of its demo files' folder. */
export function blockAnchor(unitId: string): string {
  return `block-${unitId.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}
