/**
 * An exercise folder yields its units: the untouched starter, whose tests must
 * fail as the frontmatter declares; the reference solution, which must pass
 * them without leaks; and each named wrong solution, which the tests must
 * reject as declared. All run the same test file.
 */
import type { ExerciseFrontmatter } from '../../../src/schemas/exercise.ts';
import { ContentError } from '../errors.ts';
import type { VerifyUnit } from './unit.ts';

export interface ExerciseUnitsInput {
  /** Path of exercise.mdx relative to the course root. */
  file: string;
  /** e.g. "exercises/3.7-simple-model". */
  contentKey: string;
  frontmatter: ExerciseFrontmatter;
  /** Reads a file next to exercise.mdx; undefined when missing. */
  readSibling: (name: string) => string | undefined;
}

/** Builds the starter and solution units, or throws a located error for a missing file. */
export function buildExerciseUnits(input: ExerciseUnitsInput): VerifyUnit[] {
  const folder = input.file.slice(0, input.file.lastIndexOf('/'));
  const read = (name: string, role: string): string => {
    const text = input.readSibling(name);
    if (text === undefined) {
      throw new ContentError({ file: input.file, line: 1, column: 1 }, `the exercise's ${role} file ${folder}/${name} does not exist`, {
        why: 'an exercise is verified from its starter, tests and solution files',
        fix: `create ${folder}/${name}, or correct the file name in the frontmatter`,
      });
    }
    return text;
  };
  const { starter, tests, solution, wrong = [] } = input.frontmatter;
  const names = [starter.file, tests, solution, ...wrong.map((w) => w.file)];
  if (new Set(names).size !== names.length) {
    throw new ContentError({ file: input.file, line: 1, column: 1 }, 'starter.file, tests, solution and each wrong[].file must be different files', {
      fix: 'name them, for example, model.zig, model_test.zig, solution.zig and wrong_no_arena.zig',
    });
  }
  const testsText = read(tests, 'tests');
  const at = (name: string) => ({ file: `${folder}/${name}`, firstLine: 1, column: 1 });
  const base = {
    sourceFile: input.file,
    mode: 'test' as const,
    main: tests,
    inHint: false,
  };
  return [
    {
      ...base,
      id: `${input.contentKey}#starter`,
      kind: 'exercise-starter',
      location: { file: `${folder}/${starter.file}`, line: 1, column: 1 },
      expect: { kind: 'fail', text: starter.fails },
      files: { [starter.file]: read(starter.file, 'starter'), [tests]: testsText },
      origins: { [starter.file]: at(starter.file), [tests]: at(tests) },
      instructorOnly: false,
    },
    {
      ...base,
      id: `${input.contentKey}#solution`,
      kind: 'exercise-solution',
      location: { file: `${folder}/${solution}`, line: 1, column: 1 },
      expect: { kind: 'pass' },
      // The solution stands in for the starter: the tests import it by the starter's name.
      files: { [starter.file]: read(solution, 'solution'), [tests]: testsText },
      origins: { [starter.file]: at(solution), [tests]: at(tests) },
      instructorOnly: true,
    },
    ...wrong.map((w): VerifyUnit => ({
      ...base,
      // "#wrong_no_arena" for wrong_no_arena.zig; other names get the prefix ("#wrong-typo").
      id: `${input.contentKey}#${wrongId(w.file)}`,
      kind: 'exercise-wrong',
      location: { file: `${folder}/${w.file}`, line: 1, column: 1 },
      expect: { kind: 'fail', text: w.fails },
      // Like the solution, a wrong solution stands in for the starter.
      files: { [starter.file]: read(w.file, 'wrong solution'), [tests]: testsText },
      origins: { [starter.file]: at(w.file), [tests]: at(tests) },
      instructorOnly: true,
    })),
  ];
}

/** The id suffix of a wrong solution: its file's stem, starting with "wrong". */
function wrongId(file: string): string {
  const stem = file.replace(/\.zig$/, '');
  return /^wrong[_-]/.test(stem) ? stem : `wrong-${stem}`;
}
