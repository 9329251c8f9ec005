/**
 * Every word of the fence language through the real Zig: a block that passes
 * (9.3) and a block that fails the right way (9.4) for each. Only the passing
 * ones enter the record, with the label the page shows.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RecordEntry } from '../../scripts/verify/record/record-schema.ts';
import { copyFixture, runVerify, type VerifyRun } from '../helpers/run-verify.ts';

let course: string;
let run: VerifyRun;
let entries: Map<string, RecordEntry>;

beforeAll(async () => {
  course = copyFixture('fence-language');
  run = await runVerify(course);
  const record = JSON.parse(readFileSync(path.join(course, 'snippets/verified/lessons/9.3-fence-words.json'), 'utf8')) as { entries: RecordEntry[] };
  entries = new Map(record.entries.map((entry) => [entry.id, entry]));
}, 300_000);

describe('blocks that do what their fence says', () => {
  it.each([
    ['linker-error', 'compile-error', 'compile error, as expected', 'zig test linker.zig'],
    ['skips-one', 'passed', 'passes, 1 test skipped', 'zig test skips.zig'],
    ['single-quoted', 'compile-error', 'compile error, as expected', 'zig test single.zig'],
    ['escaped-quote', 'compile-error', 'compile error, as expected', 'zig test escaped.zig'],
    ['build-exe', 'compiled', 'compiles only, not run', 'zig build-exe tool.zig'],
    ['build-obj', 'compiled', 'compiles only, not run', 'zig build-obj mathlib.zig'],
    ['build-compile-error', 'compile-error', 'compile error, as expected', 'zig build-obj badlib.zig'],
    ['syntax-parses', 'parsed', 'parses (syntax only, not compiled)', 'zig ast-check example.zig'],
    ['syntax-error', 'compile-error', 'compile error, as expected', 'zig ast-check semicolon.zig'],
    ['libc', 'passed', 'passes', 'zig test libc.zig -lc'],
    ['optimized', 'exited', 'exits with 3, as expected', 'zig run small.zig -O ReleaseSmall'],
    ['cross', 'compiled', 'cross-compiled for aarch64-linux, not run', 'zig build-exe arm.zig -target aarch64-linux'],
    ['exits-two', 'exited', 'exits with 2, as expected', 'zig run exit_two.zig'],
    ['returns-error', 'exited', 'returns error.FileNotFound, as expected', 'zig run missing.zig'],
    ['geometry', 'passed', 'passes', 'zig test geometry.zig'],
    ['with-files', 'passed', 'runs', 'zig run room.zig'],
  ])('%s: %s, "%s", `%s`', (id, outcome, label, command) => {
    expect(run.byId.get(id)?.status, run.byId.get(id)?.message).toBe('passed');
    expect(entries.get(id)).toMatchObject({ outcome, label, command });
  });

  it('records the linker diagnostic, which has no file:line:col', () => {
    expect(entries.get('linker-error')!.output).toContain('error: undefined symbol: not_defined_anywhere');
  });

  it("prints a program's file and anonymous type names as it does alone (batch-equivalence compares the two)", () => {
    expect(entries.get('src-file')!.output).toBe('p3_src.zig\np3_src.main__struct_<n>\np3_src.main__union_<n>\np3_src.main__enum_<n>\np3_src.main__opaque_<n>');
    expect(entries.get('src-file-test')!.output).toContain('...p4_src.zig p4_src.test.names__struct_<n>');
  });

  it('records what was compiled but not run with no output, and what ran with its output', () => {
    for (const id of ['build-exe', 'build-obj', 'syntax-parses', 'cross']) expect(entries.get(id)!.output).toBe('');
    expect(entries.get('exits-two')!.output).toBe('giving up');
    expect(entries.get('returns-error')!.output).toMatch(/^error: FileNotFound\n/);
    expect(entries.get('with-files')!.output).toBe('20 m²');
  });

  it('extracts the files with="…" placed beside the block, so its folder runs by hand', () => {
    const folder = path.join(course, 'snippets/verified/lessons/9.3-fence-words/with-files');
    expect(readFileSync(path.join(folder, 'room.zig'), 'utf8')).toContain('@import("geometry.zig")');
    expect(readFileSync(path.join(folder, 'geometry.zig'), 'utf8')).toContain('pub fn area');
    expect(readFileSync(path.join(folder, 'units.zig'), 'utf8')).toBe('pub const square_metres = "m²";\n');
  });

  it('records the expectation in the fence language', () => {
    expect(entries.get('optimized')!.expect).toBe('exit="3"');
    expect(entries.get('returns-error')!.expect).toBe('error="FileNotFound"');
    expect(entries.get('build-exe')!.mode).toBe('build');
    expect(entries.get('syntax-parses')!.mode).toBe('syntax');
  });

  it('shows the skipped test in the transcript', () => {
    expect(entries.get('skips-one')!.output).toContain('2/2 skips.test.needs a GPU...SKIP\n1 passed; 1 skipped; 0 failed.');
  });
});

describe('blocks that do not', () => {
  it.each([
    ['all-skipped', 'expected the tests to pass, but every test was skipped (1 test returned error.SkipZigTest): a block must run at least one test'],
    ['build-fails', "expected it to compile, but it failed to compile: expected type 'i32', found 'bool'"],
    ['syntax-fails', "expected it to parse, but it failed to compile: expected ';' after declaration"],
    ['needs-libc', 'expected the tests to pass, but it failed to compile: dependency on libc must be explicitly specified in the build command'],
    ['optimize-differs', 'expected the program to exit with code 3, but it compiled and ran cleanly'],
    ['cross-fails', 'expected it to compile for wasm32-freestanding, but it failed to compile: not for wasm'],
    ['wrong-exit', 'expected the program to exit with code 3, but it exited with code 2'],
    ['exit-is-an-error', 'expected the program to exit with code 1, but main returned error.Boom; write error="Boom" to show that'],
    ['wrong-error', 'expected main to return error.Boom, but it exited with code 1 (main returned error.Bang)'],
    ['no-error', 'expected main to return error.Boom, but it compiled and ran cleanly'],
    ['with-broken-import', "expected the program to run cleanly, but it failed to compile: root source file struct 'shapes' has no member named 'circle'"],
  ])('%s: %s', (id, message) => {
    const result = run.byId.get(id)!;
    expect(result.status).toBe('failed');
    expect(result.message).toBe(message);
  });

  it('points a failure in a with="…" file at that file\'s block', () => {
    const result = run.byId.get('with-broken-import')!;
    const lines = readFileSync(path.join(course, 'content/lessons/9.4-fence-misuse.mdx'), 'utf8').split('\n');
    expect(result.file).toBe('content/lessons/9.4-fence-misuse.mdx');
    expect(lines[result.line - 1]).toContain('shapes.circle(1)');
  });

  it('records none of them (only shapes.zig, the file with="…" places, passes on its own)', () => {
    const record = JSON.parse(readFileSync(path.join(course, 'snippets/verified/lessons/9.4-fence-misuse.json'), 'utf8')) as { entries: RecordEntry[] };
    expect(record.entries.map((entry) => entry.id)).toEqual(['shapes']);
  });
});

describe('fence words used wrongly', () => {
  const errors = () => run.results.filter((r) => r.id === '' && r.file === 'content/lessons/9.5-fence-errors.mdx');
  const source = () => readFileSync(path.join(course, 'content/lessons/9.5-fence-errors.mdx'), 'utf8').split('\n');

  it.each([
    ['with="nowhere.zig"', 'with="nowhere.zig" names no block of this page and no file under snippets/'],
    ['with="twin.zig"', 'with="twin.zig": 2 blocks on this page have title="twin.zig"'],
    ['exit="1"', '"exit" is for run blocks'],
    ['optimize="Fast"', 'optimize="Fast" is not an optimization mode'],
    ['tset', 'unknown word "tset" in a zig fence'],
  ])('%s: a located error at the word', (word, what) => {
    const error = errors().find((e) => e.message.includes(`error: ${what}`));
    expect(
      error,
      `${what}\n${errors()
        .map((e) => e.message)
        .join('\n')}`,
    ).toBeDefined();
    const line = source()[error!.line - 1]!;
    expect(error!.column).toBe(line.indexOf(word) + 1);
    expect(run.stderr).toContain(`content/lessons/9.5-fence-errors.mdx:${error!.line}:${error!.column}: error: ${what}`);
  });
});
