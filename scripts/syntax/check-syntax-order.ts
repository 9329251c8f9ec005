/**
 * The syntax-order check's decisions, pure: given what the scanner found in a
 * unit, which lines a learner sees, and where the unit sits in the course,
 * list each feature it shows before the lesson that introduces it (or that no
 * lesson introduces), once per feature, at its first shown use. The caller
 * does the I/O (scanning, reading files) and prints the errors.
 */
import type { Feature } from '../../src/schemas/syntax-inventory.ts';
import { ContentError, type SourceLocation } from '../verify/errors.ts';
import { locateKey, parseFenceMeta } from '../verify/extract/fence-meta.ts';
import type { SourceOrigin } from '../verify/extract/unit.ts';
import { describeUse, matchUse, type FeatureIndex } from './feature-index.ts';
import { describeIntroduction, describePlace, isKnownAt, type CourseOrder, type Place } from './lesson-place.ts';
import type { FileScan, Use } from './scan-output.ts';

/** One file of a unit, as the check sees it. */
export interface CheckFile {
  /** The file's name in the unit (`main.zig`, `batch_test.zig`). */
  name: string;
  scan: FileScan;
  /** Where line 1 of the file is in the repository. */
  origin: SourceOrigin;
  /** The lines (of this file) a learner sees; undefined when the whole file is shown. */
  shown?: ReadonlySet<number>;
}

/** An opt-out written on the fence: `syntax-ok="reason"`, and where. */
export interface OptOut {
  reason: string;
  location: SourceLocation;
  /** The fence line, for the caret. */
  sourceLine: string;
  length: number;
}

export interface CheckTarget {
  id: string;
  /** A lesson (or its exercise), or a course page; exempt units are never checked. */
  place: Exclude<Place, { kind: 'exempt' }>;
  /** Where the block is shown (the fence), for messages about included files. */
  location: SourceLocation;
  /** Exercise files cannot carry a fence key. */
  isExercise: boolean;
  optOut?: OptOut;
  files: CheckFile[];
}

export interface Violation {
  use: Use;
  /** Where the use is in the repository. */
  location: SourceLocation;
  /** The feature used too early; undefined when no lesson introduces it. */
  feature?: Feature;
}

/** Maps a position in a unit file to the repository file it came from. */
export function locateUse(origin: SourceOrigin, use: Pick<Use, 'line' | 'column'>): SourceLocation {
  return { file: origin.file, line: origin.firstLine + use.line - 1, column: origin.column + use.column - 1 };
}

/** The features a unit shows too early, each once, at its first shown use; an opt-out is not consulted here. */
export function findViolations(target: CheckTarget, index: FeatureIndex): Violation[] {
  const violations: Violation[] = [];
  const reported = new Set<string>();
  for (const file of target.files) {
    for (const use of file.scan.uses) {
      // Hidden lines are compiled, never read: only what a learner sees counts.
      if (file.shown && !file.shown.has(use.line)) continue;
      const match = matchUse(index, use);
      if (match.status === 'untracked') continue;
      if (match.status === 'listed' && isKnownAt(match.feature.introduced, target.place)) continue;
      const key = match.status === 'listed' ? `feature ${match.feature.id}` : `${use.kind} ${use.name}`;
      if (reported.has(key)) continue;
      reported.add(key);
      violations.push({ use, location: locateUse(file.origin, use), ...(match.status === 'listed' ? { feature: match.feature } : {}) });
    }
  }
  return violations;
}

/** How many characters to underline: the keyword, builtin or method name, or the whole dotted path. */
function underlineLength(use: Use, sourceLine: string | undefined, column: number): number {
  if (use.kind === 'construct') return 1;
  if (use.kind === 'std' && sourceLine) {
    const written = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(sourceLine.slice(column - 1));
    if (written) return written[0].replace(/\.$/, '').length;
  }
  return use.name.length;
}

function lessonOf(place: CheckTarget['place']): string {
  return place.kind === 'lesson' ? `lesson ${place.lesson}` : 'Modules 1 and 2';
}

/** "a, b or c". */
function oneOf(options: string[]): string {
  return options.length > 1 ? `${options.slice(0, -1).join(', ')} or ${options[options.length - 1]}` : (options[0] ?? '');
}

/** The located error for one violation. `sourceLine` is the text of the line it points at. */
export function violationError(target: CheckTarget, violation: Violation, order: Pick<CourseOrder, 'titles'>, sourceLine?: string): ContentError {
  const { use, feature, location } = violation;
  // An included file is shown by a fence elsewhere: say where. Exercise files are shown on their exercise page.
  const shownAt = target.isExercise || location.file === target.location.file ? '' : ` (shown at ${target.location.file}:${target.location.line})`;
  const where =
    target.isExercise && target.place.kind === 'lesson' ? `the exercise of lesson ${target.place.lesson}` : `a block in ${describePlace(target.place)}`;
  const fenceOnly = target.isExercise
    ? []
    : ['hide the line if it is boilerplate (// hide-start … // hide-end)', 'mark the fence syntax-ok="why it is fine here"'];
  const details = { sourceLine, length: underlineLength(use, sourceLine, location.column) };
  if (feature) {
    const allowed = target.place.kind === 'lesson' ? `Modules 1 and 2 and the lessons up to ${target.place.lesson}` : 'Modules 1 and 2';
    return new ContentError(location, `[${target.id}] uses ${describeUse(use)}, which is introduced in ${describeIntroduction(feature.introduced, order)}`, {
      ...details,
      why: `${where}${shownAt} may use only what ${allowed} introduce (content/syntax/inventory.yaml, feature "${feature.id}")`,
      fix: oneOf([
        `rewrite it with what ${lessonOf(target.place)} has introduced`,
        `move "${feature.id}" to the lesson that really teaches it first`,
        ...fenceOnly,
      ]),
    });
  }
  return new ContentError(location, `[${target.id}] uses ${describeUse(use)}, which no lesson introduces`, {
    ...details,
    why: `content/syntax/inventory.yaml does not list ${use.kind} "${use.name}", so the course never teaches it${shownAt}; every keyword, builtin, std path and construct a learner sees must be listed`,
    fix: oneOf([
      `add it to content/syntax/inventory.yaml (kind: ${use.kind}, match: "${use.name}") at the lesson that teaches it`,
      'rewrite the block without it',
      ...fenceOnly,
    ]),
  });
}

/** An opt-out that excuses nothing is an error: it would silently excuse the next real problem. */
export function unneededOptOutError(target: CheckTarget & { optOut: OptOut }): ContentError {
  return new ContentError(target.optOut.location, `[${target.id}] syntax-ok="${target.optOut.reason}" is not needed`, {
    sourceLine: target.optOut.sourceLine,
    length: target.optOut.length,
    why: `every feature the block shows is introduced by ${lessonOf(target.place)}, and an opt-out that excuses nothing would hide the next real problem`,
    fix: 'remove syntax-ok="…" from the fence',
  });
}

/**
 * Reads `syntax-ok="…"` from a fence's opening line. Units carry their parsed
 * fence only partly, so the check parses the line again with the verifier's
 * own parser (it already accepted it when the unit was built).
 */
export function readOptOut(fenceLine: string, fence: SourceLocation): OptOut | undefined {
  const afterLang = fenceLine.indexOf('zig', fence.column - 1) + 3;
  if (afterLang < 3) return undefined;
  const meta = fenceLine.slice(afterLang).trim();
  const metaColumn = fenceLine.indexOf(meta, afterLang) + 1;
  let reason: string | undefined;
  try {
    reason = parseFenceMeta(meta, { file: fence.file, line: fence.line, column: metaColumn }).syntaxOk;
  } catch {
    return undefined;
  }
  if (reason === undefined) return undefined;
  const at = locateKey(meta, 'syntax-ok');
  return {
    reason,
    location: { file: fence.file, line: fence.line, column: metaColumn + (at?.offset ?? 0) },
    sourceLine: fenceLine,
    length: at?.length ?? 'syntax-ok'.length,
  };
}
