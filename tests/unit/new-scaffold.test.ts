/** `npm run new`'s decisions: argument parsing, file names, refusals, and frontmatter that passes the real schemas. */
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { NewUsageError, parseNewArgs, planScaffold, slugify, type CourseListing } from '../../scripts/new/scaffold.ts';
import { exerciseSchema } from '../../src/schemas/exercise.ts';
import { guideSchema } from '../../src/schemas/guide.ts';
import { lessonSchema } from '../../src/schemas/lesson.ts';

const listing = (extra: Partial<CourseListing> = {}): CourseListing => ({
  lessons: [{ file: 'content/lessons/3.7-memory-patterns.mdx', number: '3.7', title: 'Memory Patterns', numberLine: 2 }],
  exercises: [{ file: 'content/exercises/3.7-simple-model/exercise.mdx', lesson: '3.7', lessonLine: 3 }],
  modules: [3],
  exists: () => false,
  ...extra,
});

const frontmatter = (text: string) => parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)![1]!);
const usageError = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(NewUsageError);
    return (error as Error).message;
  }
  throw new Error('expected a usage error');
};

describe('arguments', () => {
  it('parses kind, number, title and --root', () => {
    expect(parseNewArgs(['lesson', '3.8', 'Slab Allocators', '--root', '/c'])).toEqual({ kind: 'lesson', number: '3.8', title: 'Slab Allocators', root: '/c' });
    expect(parseNewArgs(['guide', '3.8'])).toEqual({ kind: 'guide', number: '3.8' });
    expect(parseNewArgs(['--help'])).toBe('help');
  });

  it.each([
    [[], 'say what to create'],
    [['lessn', '3.8', 'T'], 'unknown kind "lessn"'],
    [['lesson', 'three', 'T'], '"three" is not a lesson number'],
    [['lesson', '3.8'], 'lesson needs a title in quotes'],
    [['lesson', '3.8', 'Slab', 'Allocators'], 'put the title in quotes'],
    [['guide', '3.8', 'T'], 'a guide takes its title from its lesson'],
    [['lesson', '3.8', 'T', '--force'], 'unknown option --force'],
  ])('%j: %s', (argv, message) => {
    expect(usageError(() => parseNewArgs(argv))).toContain(message);
  });
});

describe('planning', () => {
  it('names files after the number and title', () => {
    expect(slugify('Top-K Predictions, à la carte!')).toBe('top-k-predictions-a-la-carte');
    expect(planScaffold({ kind: 'lesson', number: '3.8', title: 'Slab Allocators' }, listing()).files.map((f) => f.path)).toEqual([
      'content/lessons/3.8-slab-allocators.mdx',
    ]);
    const lessons = [...listing().lessons, { file: 'content/lessons/3.8-slab-allocators.mdx', number: '3.8', title: 'Slab Allocators', numberLine: 2 }];
    expect(planScaffold({ kind: 'exercise', number: '3.8', title: '2 Slabs' }, listing({ lessons })).files.map((f) => f.path)).toEqual([
      'content/exercises/3.8-2-slabs/exercise.mdx',
      'content/exercises/3.8-2-slabs/_2_slabs.zig',
      'content/exercises/3.8-2-slabs/_2_slabs_test.zig',
      'content/exercises/3.8-2-slabs/solution.zig',
    ]);
    expect(planScaffold({ kind: 'guide', number: '3.7' }, listing()).files.map((f) => f.path)).toEqual(['content/guides/3.7-memory-patterns.mdx']);
  });

  it('writes frontmatter that the site schemas accept', () => {
    const lesson = planScaffold({ kind: 'lesson', number: '3.8', title: 'Slab: "Allocators"' }, listing()).files[0]!.text;
    expect(lessonSchema.parse(frontmatter(lesson))).toMatchObject({ number: '3.8', title: 'Slab: "Allocators"', objectives: [{ id: 'slab-allocators' }] });
    const [exercise, starter, tests] = planScaffold({ kind: 'exercise', number: '3.7', title: 'Tokens' }, listing({ exercises: [] })).files;
    expect(exerciseSchema.parse(frontmatter(exercise!.text))).toMatchObject({
      lesson: '3.7',
      starter: { file: 'tokens.zig', fails: 'NotImplemented' },
      tests: 'tokens_test.zig',
      solution: 'solution.zig',
    });
    expect(exercise!.text.match(/:::hint\{tier=(\d)\}/g)).toEqual(['1', '2', '3', '4'].map((n) => `:::hint{tier=${n}}`));
    expect(starter!.text).toContain('return error.NotImplemented;');
    expect(tests!.text).toContain('@import("tokens.zig")');
    const guide = planScaffold({ kind: 'guide', number: '3.7' }, listing()).files[0]!.text;
    expect(guideSchema.parse(frontmatter(guide))).toMatchObject({ lesson: '3.7' });
  });

  it('refuses to overwrite, with the place of what is already there', () => {
    expect(usageError(() => planScaffold({ kind: 'lesson', number: '3.7', title: 'Again' }, listing()))).toBe(
      'content/lessons/3.7-memory-patterns.mdx:2:1: error: lesson 3.7 already exists\n  fix: pick another number, or edit that lesson',
    );
    expect(usageError(() => planScaffold({ kind: 'exercise', number: '3.7', title: 'Again' }, listing()))).toMatch(
      /^content\/exercises\/3\.7-simple-model\/exercise\.mdx:3:1: error: lesson 3\.7 already has an exercise/,
    );
    expect(
      usageError(() => planScaffold({ kind: 'guide', number: '3.7' }, listing({ exists: (p) => p === 'content/guides/3.7-memory-patterns.mdx' }))),
    ).toMatch(/^content\/guides\/3\.7-memory-patterns\.mdx:1:1: error: already exists/);
  });

  it('needs the module for a lesson and the lesson for an exercise or guide', () => {
    expect(usageError(() => planScaffold({ kind: 'lesson', number: '4.1', title: 'T' }, listing()))).toMatch(
      /^content\/modules\/4\.yaml: error: module 4 does not exist/,
    );
    expect(usageError(() => planScaffold({ kind: 'guide', number: '3.9' }, listing()))).toMatch(
      /^content\/lessons\/: error: no lesson 3\.9\n  fix: create it first: npm run new -- lesson 3\.9 "Title"/,
    );
  });
});
