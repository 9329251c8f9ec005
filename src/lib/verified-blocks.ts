/**
 * What pages embed: every block of the course joined with its verified record
 * entry. Read once when the site configuration loads (this is the I/O; the
 * remark plugins only look things up). A block whose current code has no
 * passing entry yields a located error instead of a view, so unverified code
 * never ships.
 */
import type { Root } from 'mdast';
import { ContentError } from '../../course/errors.ts';
import { courseLayout, loadCourse } from '../../course/extract/load-course.ts';
import { commandFor, type VerifyUnit } from '../../course/extract/unit.ts';
import { cacheKey } from '../../course/record/cache-key.ts';
import type { RecordEntry } from '../../course/record/record-schema.ts';
import { readRecord } from '../../course/record/record-store.ts';
import { readZigPin } from '../../course/zig-pin.ts';
import type { VerifiedView } from './render-code-frame.ts';
import { traceDiagramInput } from './trace-view.ts';

export interface ExerciseFiles {
  /** Exercise key, e.g. "exercises/3.7-simple-model". */
  key: string;
  starterName: string;
  starterCode: string;
  testsName: string;
  testsCode: string;
  /** The verified run of the tests against the untouched starter. */
  starterRun: VerifiedView | ContentError;
  /** Instructor edition only. */
  solutionCode: string;
  solutionRun: VerifiedView | ContentError;
  /** Instructor edition only: each plausible wrong solution and the tests' verified rejection of it. */
  wrong: { file: string; code: string; run: VerifiedView | ContentError }[];
}

export interface VerifiedBlocks {
  zigVersion: string;
  /** The view of the zig fence opening at `file:line` (file relative to the course root). */
  fence(file: string, line: number): VerifiedView | ContentError | undefined;
  /** An exercise's files and verified runs. */
  exercise(key: string): ExerciseFiles | undefined;
  /** Every record entry, for the verification status page. */
  entries(): { unit: VerifyUnit; entry: RecordEntry | undefined }[];
  /** Authoring errors found while reading the course. */
  errors: ContentError[];
  /** An exercise's hint tiers (mdast), by its exercise.mdx path, as the course loader parsed them. */
  hintTiers(file: string): Root[];
}

function staleError(unit: VerifyUnit): ContentError {
  return new ContentError(unit.location, `[${unit.id}] has no verified result for its current code`, {
    why: 'pages show only outputs the verifier recorded, and this block changed since it last passed (or never passed)',
    fix: 'run `npm run verify` and fix what it reports',
  });
}

function titleNote(unit: VerifyUnit): string | undefined {
  const display = unit.display;
  if (!display?.includePath) return undefined;
  const first = display.lineMap[0]!;
  const last = display.lineMap[display.lineMap.length - 1]!;
  return `lines ${first}–${last} of ${display.includePath}`;
}

function viewOf(unit: VerifyUnit, entry: RecordEntry, code: string): VerifiedView {
  const note = titleNote(unit);
  return {
    id: unit.id,
    title: unit.main,
    code,
    ...(note ? { titleNote: note } : {}),
    command: commandFor(unit),
    output: entry.output,
    label: entry.label,
    status: entry.status,
    outcome: entry.outcome,
    zigVersion: entry.zig,
    ...traceDiagramInput(unit, entry),
  };
}

/** Loads the course at `courseRoot` and its record; the Zig pin is read from `projectRoot`. */
export function loadVerifiedBlocks(courseRoot: string, projectRoot: string): VerifiedBlocks {
  const layout = courseLayout(courseRoot);
  const zigVersion = readZigPin(projectRoot);
  const course = loadCourse(layout);
  const record = readRecord(layout);
  const fences = new Map<string, VerifiedView | ContentError>();
  const exercises = new Map<string, Partial<ExerciseFiles>>();
  const all: { unit: VerifyUnit; entry: RecordEntry | undefined }[] = [];

  for (const unit of course.units) {
    const entry = record.byKey.get(cacheKey(unit, zigVersion));
    all.push({ unit, entry });
    if (unit.kind === 'fence') {
      fences.set(`${unit.location.file}:${unit.location.line}`, entry ? viewOf(unit, entry, unit.display!.code) : staleError(unit));
      continue;
    }
    const key = unit.id.replace(/#[^#]*$/, '');
    const files = exercises.get(key) ?? { key, wrong: [] };
    const [starterName, testsName] = Object.keys(unit.files);
    files.starterName = starterName!;
    files.testsName = testsName!;
    files.testsCode = unit.files[testsName!]!;
    const run = entry ? viewOf(unit, entry, unit.files[starterName!]!) : staleError(unit);
    if (unit.kind === 'exercise-starter') {
      files.starterCode = unit.files[starterName!]!;
      files.starterRun = run;
    } else if (unit.kind === 'exercise-solution') {
      files.solutionCode = unit.files[starterName!]!;
      files.solutionRun = run;
    } else {
      files.wrong!.push({ file: unit.location.file.slice(unit.location.file.lastIndexOf('/') + 1), code: unit.files[starterName!]!, run });
    }
    exercises.set(key, files);
  }
  for (const error of course.errors) fences.set(`${error.location.file}:${error.location.line}`, error);

  return {
    zigVersion,
    fence: (file, line) => fences.get(`${file}:${line}`),
    exercise: (key) => exercises.get(key) as ExerciseFiles | undefined,
    entries: () => all,
    errors: course.errors,
    hintTiers: (file) => course.hintTiers.get(file) ?? [],
  };
}
