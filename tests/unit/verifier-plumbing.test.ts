import { describe, expect, it } from 'vitest';
import { parseVerifyArgs, UsageError } from '../../scripts/verify/args.ts';
import { ContentError } from '../../scripts/verify/errors.ts';
import { collectZigFences } from '../../scripts/verify/extract/collect-zig-fences.ts';
import { buildExerciseUnits } from '../../scripts/verify/extract/exercise-units.ts';
import { buildFenceUnits } from '../../scripts/verify/extract/fence-units.ts';
import { findFrontmatter, parseYamlWith } from '../../scripts/verify/extract/frontmatter.ts';
import { parseMarkdown } from '../../scripts/verify/extract/parse-markdown.ts';
import { cacheKey } from '../../scripts/verify/record/cache-key.ts';
import { locateDiagnostic } from '../../scripts/verify/run/locate-diagnostic.ts';
import { lessonSchema } from '../../src/schemas/lesson.ts';

function unitsOf(text: string, snippets: Record<string, string> = {}) {
  const file = 'content/lessons/1.1-x.mdx';
  return buildFenceUnits({ file, contentKey: 'lessons/1.1-x', fences: collectZigFences(parseMarkdown(text, file), text), readSnippet: (p) => snippets[p] });
}

const lesson = (prose: string, code: string, meta = 'title="a.zig"') => `# T\n\n${prose}\n\n\`\`\`zig ${meta}\n${code}\n\`\`\`\n`;

describe('cache key', () => {
  const code = 'test "x" {}';
  const key = (text: string, zig = '0.17.0') => cacheKey(unitsOf(text).units[0]!, zig);
  it('ignores prose and block names, so editing text re-runs nothing', () => {
    const base = key(lesson('Some prose.', code));
    expect(key(lesson('Completely\n\ndifferent prose, moving the block down.', code))).toBe(base);
    expect(key(lesson('Some prose.', code, 'title="a.zig" name="renamed"'))).toBe(base);
  });
  it('changes with the code, the mode and options, the file name, and the Zig version', () => {
    const base = key(lesson('p', code));
    expect(key(lesson('p', 'test "y" {}'))).not.toBe(base);
    expect(key(lesson('p', code, 'title="a.zig" leak'))).not.toBe(base);
    expect(key(lesson('p', code, 'title="a.zig" timeout="2s"'))).not.toBe(base);
    expect(key(lesson('p', code, 'title="b.zig"'))).not.toBe(base);
    expect(key(lesson('p', code), '0.18.0')).not.toBe(base);
  });
  it('changes when an included file changes', () => {
    const text = lesson('p', '', 'include="listings/a.zig"');
    const a = cacheKey(unitsOf(text, { 'listings/a.zig': 'test {}\n' }).units[0]!, '0.17.0');
    const b = cacheKey(unitsOf(text, { 'listings/a.zig': 'test { _ = 1; }\n' }).units[0]!, '0.17.0');
    expect(a).not.toBe(b);
  });
});

describe('fence units', () => {
  it('derives ids, default titles and origins', () => {
    const { units, errors } = unitsOf(`# T\n\n\`\`\`zig\ntest {}\n\`\`\`\n\n\`\`\`zig run name="demo"\npub fn main() void {}\n\`\`\`\n`);
    expect(errors).toEqual([]);
    expect(units.map((u) => [u.id, u.main, u.mode])).toEqual([
      ['lessons/1.1-x#1', 'example.zig', 'test'],
      ['demo', 'main.zig', 'run'],
    ]);
    expect(units[0]!.origins['example.zig']).toEqual({ file: 'content/lessons/1.1-x.mdx', firstLine: 4, column: 1 });
  });
  it('reports each broken fence as a located error and keeps the others', () => {
    const { units, errors } = unitsOf(
      `# T\n\n\`\`\`zig tset\ntest {}\n\`\`\`\n\n\`\`\`zig\n\`\`\`\n\n\`\`\`zig include="listings/none.zig"\n\`\`\`\n\n\`\`\`zig\n// hide-start\ntest {}\n\`\`\`\n\n\`\`\`zig\ntest {}\n\`\`\`\n`,
    );
    expect(units).toHaveLength(1);
    expect(errors.map((e) => [e.location.line, e.what])).toEqual([
      [3, 'unknown word "tset" in a zig fence'],
      [7, 'empty zig fence'],
      [10, 'included file snippets/listings/none.zig does not exist'],
      [14, 'hidden region opened here is never closed'],
    ]);
  });
  it('rejects code in an include fence and unknown anchors', () => {
    const { errors } = unitsOf(lesson('p', 'test {}', 'include="listings/a.zig#nope"'), { 'listings/a.zig': '// ANCHOR: yes\ntest {}\n// ANCHOR_END: yes\n' });
    expect(errors[0]!.what).toBe('a fence with include="…" must be empty');
    const second = unitsOf(lesson('p', '', 'include="listings/a.zig#nope"'), { 'listings/a.zig': '// ANCHOR: yes\ntest {}\n// ANCHOR_END: yes\n' });
    expect(second.errors[0]!.what).toContain('anchor "nope" not found');
    expect(second.errors[0]!.details.fix).toContain('yes');
  });
});

describe('exercise units', () => {
  const frontmatter = {
    title: 't',
    lesson: '1.1',
    summary: 's',
    objectives: [{ id: 'o', text: 'o' }],
    starter: { file: 'sum.zig', fails: 'NotImplemented' },
    tests: 'sum_test.zig',
    solution: 'solution.zig',
  };
  const files: Record<string, string> = { 'sum.zig': 'starter', 'sum_test.zig': 'tests', 'solution.zig': 'solution' };
  it('runs the tests against the starter (must fail) and the solution (must pass)', () => {
    const units = buildExerciseUnits({
      file: 'content/exercises/1.1-sum/exercise.mdx',
      contentKey: 'exercises/1.1-sum',
      frontmatter,
      readSibling: (n) => files[n],
    });
    expect(units.map((u) => [u.id, u.expect, u.files, u.instructorOnly])).toEqual([
      ['exercises/1.1-sum#starter', { kind: 'fail', text: 'NotImplemented' }, { 'sum.zig': 'starter', 'sum_test.zig': 'tests' }, false],
      ['exercises/1.1-sum#solution', { kind: 'pass' }, { 'sum.zig': 'solution', 'sum_test.zig': 'tests' }, true],
    ]);
    expect(units[1]!.origins['sum.zig']!.file).toBe('content/exercises/1.1-sum/solution.zig');
  });
  it('names a missing file', () => {
    expect(() =>
      buildExerciseUnits({
        file: 'content/exercises/1.1-sum/exercise.mdx',
        contentKey: 'exercises/1.1-sum',
        frontmatter,
        readSibling: (n) => (n === 'solution.zig' ? undefined : files[n]),
      }),
    ).toThrow(/solution file content\/exercises\/1.1-sum\/solution.zig does not exist/);
  });
});

describe('frontmatter', () => {
  it('locates a schema problem at the key', () => {
    const text = '---\nnumber: 3.7\ntitle: T\nsummary: S\nobjectives:\n  - id: a\n    text: b\n---\n';
    try {
      parseYamlWith(lessonSchema, findFrontmatter(text)!, 'content/lessons/3.7-x.mdx', 'lesson frontmatter');
      throw new Error('not rejected');
    } catch (error) {
      expect(error).toBeInstanceOf(ContentError);
      expect((error as ContentError).message.split('\n')[0]).toBe(
        'content/lessons/3.7-x.mdx:2:9: error: lesson frontmatter: number: Invalid input: expected string, received number',
      );
    }
  });
  it('locates an unknown key', () => {
    const text = '---\nnumber: "3.7"\ntitle: T\nsummary: S\ncolour: red\nobjectives:\n  - id: a\n    text: b\n---\n';
    expect(() => parseYamlWith(lessonSchema, findFrontmatter(text)!, 'f.mdx', 'lesson frontmatter')).toThrow(
      /^f\.mdx:5:1: error: lesson frontmatter: \(top level\): Unrecognized key: "colour"/,
    );
  });
});

describe('locateDiagnostic', () => {
  const origins = { 'a.zig': { file: 'content/lessons/x.mdx', firstLine: 10, column: 4 } };
  it('prefers a compile error, else the first frame in a unit file', () => {
    expect(locateDiagnostic('a.zig:3:5: note: x\na.zig:2:7: error: y', origins)).toEqual({ file: 'content/lessons/x.mdx', line: 11, column: 10 });
    expect(locateDiagnostic('<zig>/lib/std/x.zig:1:1: <addr> in f\na.zig:4:2: <addr> in test.t', origins)).toEqual({
      file: 'content/lessons/x.mdx',
      line: 13,
      column: 5,
    });
    expect(locateDiagnostic('nothing here', origins)).toBeUndefined();
  });
});

describe('parseVerifyArgs', () => {
  it('reads paths and flags', () => {
    expect(parseVerifyArgs(['content/lessons', '--all', '--check', '--json', 'out.json', '--jobs', '3', './x.mdx'])).toEqual({
      paths: ['content/lessons', 'x.mdx'],
      all: true,
      check: true,
      json: 'out.json',
      jobs: 3,
      help: false,
      noBatch: false,
      imports: [],
      reportOnly: false,
    });
  });
  it('rejects what it does not know', () => {
    expect(() => parseVerifyArgs(['--colour'])).toThrow(UsageError);
    expect(() => parseVerifyArgs(['--json'])).toThrow('--json needs a value');
    expect(() => parseVerifyArgs(['--jobs', 'two'])).toThrow('positive whole number');
  });
});

describe('with="…"', () => {
  const page = [
    '# T',
    '',
    '```zig run with="util.zig listings/units.zig" title="main.zig"',
    'const util = @import("util.zig");',
    'pub fn main() void {}',
    '```',
    '',
    '```zig title="util.zig"',
    '// hide-start',
    'const std = @import("std");',
    '// hide-end',
    'pub const x = 1;',
    '```',
    '',
  ].join('\n');

  it('places a later block of the page (by title, hidden lines included) and a snippet beside the block', () => {
    const { units, errors } = unitsOf(page, { 'listings/units.zig': 'pub const m = "m";\n' });
    expect(errors).toEqual([]);
    const main = units.find((unit) => unit.main === 'main.zig')!;
    expect(Object.keys(main.files)).toEqual(['main.zig', 'util.zig', 'units.zig']);
    expect(main.files['util.zig']).toContain('const std = @import("std");');
    expect(main.origins['util.zig']).toEqual({ file: 'content/lessons/1.1-x.mdx', firstLine: 9, column: 1 });
    expect(main.origins['units.zig']).toEqual({ file: 'snippets/listings/units.zig', firstLine: 1, column: 1 });
    // The placed file is part of what is verified: editing it re-runs the block.
    const edited = unitsOf(page.replace('pub const x = 1;', 'pub const x = 2;'), { 'listings/units.zig': 'pub const m = "m";\n' }).units.find(
      (unit) => unit.main === 'main.zig',
    )!;
    expect(cacheKey(edited, '0.17.1')).not.toBe(cacheKey(main, '0.17.1'));
  });

  it("is a located error when a name is missing or is the block's own", () => {
    const missing = unitsOf(page).errors;
    expect(missing.map((e) => e.what)).toEqual(['with="listings/units.zig" names no block of this page and no file under snippets/']);
    expect(missing[0]!.location).toEqual({ file: 'content/lessons/1.1-x.mdx', line: 3, column: page.split('\n')[2]!.indexOf('with=') + 1 });
    const own = unitsOf('```zig run with="main.zig"\npub fn main() void {}\n```\n').errors;
    expect(own.map((e) => e.what)).toEqual(['with="main.zig" is this block\'s own file name, main.zig']);
  });
});
