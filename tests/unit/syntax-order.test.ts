/**
 * The syntax-order check's decisions, without Zig: which uses of which
 * features are too early, where, and how that is reported; where units sit in
 * the course; how features match; what the inventory schema refuses.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { constructNames, keywordNames, syntaxInventorySchema, type Feature } from '../../src/schemas/syntax-inventory.ts';
import { findViolations, readOptOut, unneededOptOutError, violationError, type CheckFile, type CheckTarget } from '../../scripts/syntax/check-syntax-order.ts';
import { describeUse, indexFeatures, isPathPrefix, matchUse } from '../../scripts/syntax/feature-index.ts';
import { compareLessonNumbers, isKnownAt, placeOf, type CourseOrder } from '../../scripts/syntax/lesson-place.ts';
import type { Use } from '../../scripts/syntax/scan-output.ts';
import { projectZigDir, readZigPin } from '../../scripts/verify/run/zig-toolchain.ts';
import { formatSyntaxSummary } from '../../scripts/syntax/verify-step.ts';

const feature = (id: string, kind: Feature['kind'], match: string, introduced: string): Feature => ({ id, kind, match, introduced, summary: id });
const inventory = [
  feature('keyword-const', 'keyword', 'const', 'M1'),
  feature('keyword-try', 'keyword', 'try', 'M2'),
  feature('keyword-errdefer', 'keyword', 'errdefer', '3.4'),
  feature('builtin-memset', 'builtin', '@memset', '3.3'),
  feature('std-heap', 'std', 'std.heap', '3.1'),
  feature('std-arena', 'std', 'std.heap.ArenaAllocator', '3.5'),
  feature('method-reset', 'method', 'reset', '3.5'),
  feature('address-of', 'construct', 'address-of', '3.2'),
];
const index = indexFeatures(inventory);
const order: CourseOrder = {
  lessonOfFile: new Map([
    ['content/lessons/3.2-pointers.mdx', '3.2'],
    ['content/exercises/3.2-tokens/exercise.mdx', '3.2'],
  ]),
  titles: new Map([
    ['3.2', 'Pointers and Slices'],
    ['3.4', 'DebugAllocator, defer and errdefer'],
    ['3.5', 'Arena Allocators'],
  ]),
  fileOfLesson: new Map(),
};

const use = (kind: Use['kind'], name: string, line: number, column = 5): Use => ({ kind, name, line, column });
const file = (uses: Use[], shown?: number[]): CheckFile => ({
  name: 'main.zig',
  scan: { uses, parseErrors: 0 },
  origin: { file: 'content/lessons/3.2-pointers.mdx', firstLine: 101, column: 1 },
  ...(shown ? { shown: new Set(shown) } : {}),
});
const target = (files: CheckFile[], over: Partial<CheckTarget> = {}): CheckTarget => ({
  id: 'l32-x',
  place: { kind: 'lesson', lesson: '3.2' },
  location: { file: 'content/lessons/3.2-pointers.mdx', line: 100, column: 1 },
  isExercise: false,
  files,
  ...over,
});

describe('findViolations', () => {
  it('reports a feature introduced after the lesson, once, at its first shown use, in the lesson source', () => {
    const violations = findViolations(target([file([use('keyword', 'const', 1, 1), use('keyword', 'errdefer', 20), use('keyword', 'errdefer', 25)])]), index);
    expect(violations).toHaveLength(1);
    expect(violations[0]!.feature?.id).toBe('keyword-errdefer');
    expect(violations[0]!.location).toEqual({ file: 'content/lessons/3.2-pointers.mdx', line: 120, column: 5 });
  });

  it('accepts features of Modules 1 and 2, of earlier lessons and of the lesson itself', () => {
    const uses = [use('keyword', 'const', 1), use('keyword', 'try', 2), use('std', 'std.heap.page_allocator', 3), use('construct', 'address-of', 4)];
    expect(findViolations(target([file(uses)]), index)).toEqual([]);
  });

  it('ignores hidden lines: only the shown lines count', () => {
    expect(findViolations(target([file([use('keyword', 'errdefer', 5)], [1, 2, 3, 7])]), index)).toEqual([]);
    expect(findViolations(target([file([use('keyword', 'errdefer', 7)], [1, 2, 3, 7])]), index)).toHaveLength(1);
  });

  it('reports an unlisted keyword, builtin, std path or construct as never introduced', () => {
    const violations = findViolations(
      target([file([use('keyword', 'orelse', 1), use('builtin', '@exp', 2), use('std', 'std.ArrayList', 3), use('construct', 'labelled-block', 4)])]),
      index,
    );
    expect(violations.map((v) => [v.use.name, v.feature])).toEqual([
      ['orelse', undefined],
      ['@exp', undefined],
      ['std.ArrayList', undefined],
      ['labelled-block', undefined],
    ]);
  });

  it('tracks methods only when the inventory lists them', () => {
    expect(findViolations(target([file([use('method', 'predict', 1)])]), index)).toEqual([]);
    expect(findViolations(target([file([use('method', 'reset', 1)])]), index).map((v) => v.feature?.id)).toEqual(['method-reset']);
  });

  it('matches a std path by its longest listed prefix', () => {
    expect(findViolations(target([file([use('std', 'std.heap.ArenaAllocator.init', 1)])]), index).map((v) => v.feature?.id)).toEqual(['std-arena']);
  });

  it('allows course pages only what Modules 1 and 2 taught', () => {
    const page = target([file([use('keyword', 'try', 1), use('builtin', '@memset', 2)])], { place: { kind: 'before-lessons' } });
    expect(findViolations(page, index).map((v) => v.feature?.id)).toEqual(['builtin-memset']);
  });

  it('checks every file of an exercise, whole', () => {
    const tests: CheckFile = {
      ...file([use('keyword', 'errdefer', 9)]),
      name: 'x_test.zig',
      origin: { file: 'content/exercises/3.2-tokens/x_test.zig', firstLine: 1, column: 1 },
    };
    const violations = findViolations(target([file([]), tests], { isExercise: true }), index);
    expect(violations[0]!.location).toEqual({ file: 'content/exercises/3.2-tokens/x_test.zig', line: 9, column: 5 });
  });
});

describe('matchUse', () => {
  it('matches whole path segments only', () => {
    expect(isPathPrefix('std.mem', 'std.mem.eql')).toBe(true);
    expect(isPathPrefix('std.mem', 'std.mem')).toBe(true);
    expect(isPathPrefix('std.mem', 'std.memx')).toBe(false);
    expect(matchUse(index, { kind: 'std', name: 'std.heapx' }).status).toBe('unlisted');
  });
  it('names uses as a reader writes them', () => {
    expect(describeUse({ kind: 'method', name: 'reset' })).toBe('.reset()');
    expect(describeUse({ kind: 'construct', name: 'labelled-block' })).toBe('labelled-block (blk: { … break :blk v; })');
    expect(describeUse({ kind: 'builtin', name: '@memset' })).toBe('@memset');
  });
});

describe('where units sit', () => {
  it('orders lesson numbers numerically', () => {
    expect(compareLessonNumbers('3.10', '3.9')).toBeGreaterThan(0);
    expect(compareLessonNumbers('3.2', '3.2')).toBe(0);
    expect(compareLessonNumbers('2.9', '3.1')).toBeLessThan(0);
  });
  it('knows Modules 1 and 2 everywhere, lessons from their number on, and nothing of lessons on course pages', () => {
    expect(isKnownAt('M2', { kind: 'before-lessons' })).toBe(true);
    expect(isKnownAt('3.1', { kind: 'before-lessons' })).toBe(false);
    expect(isKnownAt('3.2', { kind: 'lesson', lesson: '3.2' })).toBe(true);
    expect(isKnownAt('3.10', { kind: 'lesson', lesson: '3.9' })).toBe(false);
  });
  it('places lessons, exercises and pages, and exempts instructor material', () => {
    const fence = { kind: 'fence' as const, instructorOnly: false };
    expect(placeOf({ ...fence, sourceFile: 'content/lessons/3.2-pointers.mdx' }, order)).toEqual({ kind: 'lesson', lesson: '3.2' });
    expect(placeOf({ kind: 'exercise-starter', instructorOnly: false, sourceFile: 'content/exercises/3.2-tokens/exercise.mdx' }, order)).toEqual({
      kind: 'lesson',
      lesson: '3.2',
    });
    expect(placeOf({ ...fence, sourceFile: 'content/pages/how-to-use.mdx' }, order)).toEqual({ kind: 'before-lessons' });
    expect(placeOf({ kind: 'exercise-solution', instructorOnly: true, sourceFile: 'content/exercises/3.2-tokens/exercise.mdx' }, order).kind).toBe('exempt');
    expect(placeOf({ ...fence, instructorOnly: true, sourceFile: 'content/lessons/3.2-pointers.mdx' }, order).kind).toBe('exempt');
    expect(placeOf({ ...fence, sourceFile: 'content/guides/3.2-pointers.mdx' }, order).kind).toBe('exempt');
    expect(placeOf({ ...fence, sourceFile: 'content/instructor/guidelines.mdx' }, order).kind).toBe('exempt');
  });
});

describe('messages', () => {
  it('says what, why and how to fix, at the use, with the lesson that introduces it', () => {
    const t = target([file([use('keyword', 'errdefer', 20)])]);
    const [violation] = findViolations(t, index);
    expect(violationError(t, violation!, order, '    errdefer allocator.free(buffer);').message).toMatchInlineSnapshot(`
      "content/lessons/3.2-pointers.mdx:120:5: error: [l32-x] uses errdefer, which is introduced in lesson 3.4 (DebugAllocator, defer and errdefer)
              errdefer allocator.free(buffer);
              ^~~~~~~~
        why: a block in lesson 3.2 may use only what Modules 1 and 2 and the lessons up to 3.2 introduce (content/syntax/inventory.yaml, feature "keyword-errdefer")
        fix: rewrite it with what lesson 3.2 has introduced, move "keyword-errdefer" to the lesson that really teaches it first, hide the line if it is boilerplate (// hide-start … // hide-end) or mark the fence syntax-ok="why it is fine here""
    `);
  });

  it('names a feature no lesson introduces, underlining the whole path', () => {
    const t = target([file([use('std', 'std.ArrayList', 3, 16)])]);
    const error = violationError(t, findViolations(t, index)[0]!, order, '    var list = std.ArrayList(u8).empty;');
    expect(error.what).toBe('[l32-x] uses std.ArrayList, which no lesson introduces');
    expect(error.details.length).toBe('std.ArrayList'.length);
    expect(error.details.fix).toContain('kind: std, match: "std.ArrayList"');
  });

  it('does not offer fence remedies for exercise files', () => {
    const t = target([file([use('keyword', 'errdefer', 2)])], { isExercise: true });
    const error = violationError(t, findViolations(t, index)[0]!, order);
    expect(error.details.why).toMatch(/^the exercise of lesson 3\.2 may use/);
    expect(error.details.fix).not.toContain('syntax-ok');
  });
});

describe('the summary', () => {
  const report = { checked: 80, optOuts: [], scanned: 0, scanMs: 0, builtScanner: false };
  it('counts blocks, errors and opt-outs, and says what was scanned', () => {
    expect(formatSyntaxSummary(report, 0)).toBe('syntax: 80 blocks checked, 0 opt-outs');
    const optOut = { id: 'x', reason: 'r', location: { file: 'f', line: 1, column: 1 } };
    expect(formatSyntaxSummary({ ...report, optOuts: [optOut], scanned: 3, scanMs: 240, builtScanner: true }, 1)).toBe(
      'syntax: 80 blocks checked, 1 error, 1 opt-out (3 scanned in 240 ms, scanner built)',
    );
    expect(formatSyntaxSummary({ ...report, scanned: 900, scanMs: 1260 }, 0)).toBe('syntax: 80 blocks checked, 0 opt-outs (900 scanned in 1.3 s)');
  });
});

describe('syntax-ok', () => {
  const fence = { file: 'content/lessons/3.2-pointers.mdx', line: 40, column: 1 };
  it('reads the reason and where it is written', () => {
    const line = '```zig title="a.zig" syntax-ok="previews errdefer"';
    expect(readOptOut(line, fence)).toEqual({
      reason: 'previews errdefer',
      location: { ...fence, column: 22 },
      sourceLine: line,
      length: 'syntax-ok="previews errdefer"'.length,
    });
  });
  it('finds a fence inside a list item', () => {
    expect(readOptOut('   ```zig syntax-ok="why"', { ...fence, column: 4 })?.reason).toBe('why');
  });
  it('is absent from a fence without it', () => {
    expect(readOptOut('```zig run title="a.zig"', fence)).toBeUndefined();
  });
  it('is an error where it excuses nothing', () => {
    const optOut = readOptOut('```zig syntax-ok="just in case"', fence)!;
    const error = unneededOptOutError({ ...target([]), optOut });
    expect(error.what).toBe('[l32-x] syntax-ok="just in case" is not needed');
    expect(error.location).toEqual({ ...fence, column: 8 });
  });
});

describe('the inventory schema', () => {
  const zig = (file: string) => readFileSync(path.join(import.meta.dirname, '..', '..', file), 'utf8');
  it('knows exactly the constructs the scanner reports', () => {
    const list = /pub const construct_names = \[_\]\[\]const u8\{([^}]*)\};/.exec(zig('scripts/syntax/scan-features.zig'))![1]!;
    expect([...list.matchAll(/"([a-z-]+)"/g)].map((m) => m[1])).toEqual([...constructNames]);
  });
  it("knows exactly the pinned Zig's keywords", () => {
    const root = path.join(import.meta.dirname, '..', '..');
    const tokenizer = readFileSync(path.join(projectZigDir(root, readZigPin(root)), 'ziglang', 'lib', 'std', 'zig', 'tokenizer.zig'), 'utf8');
    const keywords = [...tokenizer.matchAll(/\.\{ "([a-z]+)", \.keyword_\1 \}/g)].map((m) => m[1]);
    expect([...keywords, 'true', 'false', 'null', 'undefined']).toEqual([...keywordNames]);
  });

  const parse = (features: unknown[]) => syntaxInventorySchema.safeParse({ features });
  const ok = { id: 'keyword-try', kind: 'keyword', match: 'try', introduced: 'M2', summary: 'x' };
  it('accepts a well-formed feature', () => {
    expect(parse([ok]).success).toBe(true);
  });
  it.each([
    [{ ...ok, match: 'tri' }, "one of Zig's keywords"],
    [{ ...ok, kind: 'builtin', match: 'memset' }, 'a builtin match is @'],
    [{ ...ok, kind: 'std', match: 'heap.ArenaAllocator' }, 'a std match is a dotted path'],
    [{ ...ok, kind: 'method', match: '.reset()' }, 'the bare method name'],
    [{ ...ok, kind: 'construct', match: 'lambda' }, 'a construct match is one of'],
    [{ ...ok, introduced: 'M3' }, ''],
    [{ ...ok, introduced: 3.4 }, ''],
  ])('refuses %o', (bad, message) => {
    const result = parse([bad]);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toContain(message);
  });
  it('refuses a duplicate id or a feature listed twice, at the second one', () => {
    const ids = parse([ok, { ...ok, match: 'catch' }]);
    expect(ids.error!.issues[0]).toMatchObject({ path: ['features', 1, 'id'], message: 'id "keyword-try" is already used by feature 1' });
    const twice = parse([ok, { ...ok, id: 'try-again' }]);
    expect(twice.error!.issues[0]).toMatchObject({ path: ['features', 1, 'match'], message: 'keyword "try" is already listed as "keyword-try"' });
  });
});
