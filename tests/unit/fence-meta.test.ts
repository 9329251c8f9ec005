import { describe, expect, it } from 'vitest';
import { ContentError } from '../../scripts/verify/errors.ts';
import { parseFenceMeta } from '../../scripts/verify/extract/fence-meta.ts';

const at = (meta: string) => ({ file: 'content/lessons/x.mdx', line: 12, column: 8, sourceLine: '```zig ' + meta });
const parse = (meta: string) => parseFenceMeta(meta, at(meta));
const errorOf = (meta: string): ContentError => {
  try {
    parse(meta);
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(meta)} to be rejected`);
};

describe('parseFenceMeta: modes', () => {
  it('defaults to a passing test', () => {
    expect(parseFenceMeta(null, at(''))).toEqual({ mode: 'test', expect: { kind: 'pass' } });
    expect(parse('test')).toEqual({ mode: 'test', expect: { kind: 'pass' } });
  });
  it('reads run', () => {
    expect(parse('run')).toEqual({ mode: 'run', expect: { kind: 'pass' } });
  });
  it('reads every expectation', () => {
    expect(parse('compile-error="never mutated"').expect).toEqual({ kind: 'compile-error', text: 'never mutated' });
    expect(parse('run panic="index out of bounds"')).toEqual({ mode: 'run', expect: { kind: 'panic', text: 'index out of bounds' } });
    expect(parse('test leak').expect).toEqual({ kind: 'leak' });
    expect(parse('run leak')).toEqual({ mode: 'run', expect: { kind: 'leak' } });
    expect(parse('fail="expected 5"').expect).toEqual({ kind: 'fail', text: 'expected 5' });
  });
  it('reads skip, title, name, include and timeout', () => {
    expect(parse('skip="needs a network"')).toEqual({ mode: 'test', expect: { kind: 'pass' }, skip: 'needs a network' });
    expect(parse('title="model.zig" name="l37-model"')).toMatchObject({ title: 'model.zig', name: 'l37-model' });
    expect(parse('include="listings/ml.zig#weights"').include).toEqual({ path: 'listings/ml.zig', anchor: 'weights' });
    expect(parse('include="listings/ml.zig"').include).toEqual({ path: 'listings/ml.zig' });
    expect(parse('timeout="3s"').timeoutMs).toBe(3000);
    expect(parse('timeout="250ms"').timeoutMs).toBe(250);
  });
  it('reads syntax-ok with its reason, alone or beside any other key', () => {
    expect(parse('syntax-ok="previews std.ArrayList, taught in Module 4"')).toEqual({
      mode: 'test',
      expect: { kind: 'pass' },
      syntaxOk: 'previews std.ArrayList, taught in Module 4',
    });
    expect(parse('run panic="x" syntax-ok=" a reason "')).toMatchObject({ mode: 'run', syntaxOk: 'a reason' });
    expect(parse('skip="later" syntax-ok="a reason"')).toMatchObject({ skip: 'later', syntaxOk: 'a reason' });
  });
  it('reads build and syntax, which compile or parse without running', () => {
    expect(parse('build')).toEqual({ mode: 'build', expect: { kind: 'pass' } });
    expect(parse('build compile-error="x"')).toEqual({ mode: 'build', expect: { kind: 'compile-error', text: 'x' } });
    expect(parse('syntax')).toEqual({ mode: 'syntax', expect: { kind: 'pass' } });
    expect(parse('syntax compile-error="expected"')).toEqual({ mode: 'syntax', expect: { kind: 'compile-error', text: 'expected' } });
  });
  it('reads exit and error for programs', () => {
    expect(parse('run exit="3"')).toEqual({ mode: 'run', expect: { kind: 'exit', code: 3 } });
    expect(parse('run error="OutOfMemory"')).toEqual({ mode: 'run', expect: { kind: 'error', name: 'OutOfMemory' } });
  });
  it('reads the compile options', () => {
    expect(parse('link-libc')).toEqual({ mode: 'test', expect: { kind: 'pass' }, options: { linkLibc: true } });
    expect(parse('run optimize="ReleaseSmall" exit="3"')).toEqual({ mode: 'run', expect: { kind: 'exit', code: 3 }, options: { optimize: 'ReleaseSmall' } });
    expect(parse('run target="aarch64-linux"')).toEqual({ mode: 'run', expect: { kind: 'pass' }, options: { target: 'aarch64-linux' } });
    expect(parse('build target="wasm32-freestanding" link-libc optimize="Debug"').options).toEqual({
      target: 'wasm32-freestanding',
      linkLibc: true,
      optimize: 'Debug',
    });
    expect(errorOf('optimize="releasefast"').details.fix).toBe('did you mean optimize="ReleaseFast"?');
    expect(errorOf('optimize="fast"').details.fix).toBe('did you mean optimize="ReleaseFast"?');
  });
  it('reads with, one file or several', () => {
    expect(parse('with="util.zig"').with).toEqual(['util.zig']);
    expect(parse('run with="util.zig listings/model.zig"').with).toEqual(['util.zig', 'listings/model.zig']);
  });
  it('unescapes quotes in values', () => {
    expect(parse('compile-error="expected \\"x\\""').expect).toEqual({ kind: 'compile-error', text: 'expected "x"' });
  });
  it('reads single-quoted values, where a double quote needs no escape', () => {
    expect(parse(`compile-error='unable to load "x.zig"'`).expect).toEqual({ kind: 'compile-error', text: 'unable to load "x.zig"' });
    expect(parse(`panic='it\\'s "x"' run`)).toEqual({ mode: 'run', expect: { kind: 'panic', text: `it's "x"` } });
  });
});

describe('parseFenceMeta: errors', () => {
  it('locates an unknown word at its column, with a caret and a suggestion', () => {
    const error = errorOf('tset title="a.zig"');
    expect(error.location).toEqual({ file: 'content/lessons/x.mdx', line: 12, column: 8 });
    expect(error.message).toMatchInlineSnapshot(`
      "content/lessons/x.mdx:12:8: error: unknown word "tset" in a zig fence
          \`\`\`zig tset title="a.zig"
                 ^~~~
        why: the fence language is strict: after \`zig\` come words (test, run, build, syntax, leak, link-libc, trace) and key="value" pairs (compile-error, panic, fail, exit, error, skip, title, name, include, with, timeout, optimize, target, syntax-ok, diagram)
        fix: did you mean "test"?"
    `);
  });
  it('points at the second token', () => {
    expect(errorOf('run pnic="x"').location.column).toBe(12);
    expect(errorOf('run pnic="x"').details.fix).toBe('did you mean "panic"?');
  });
  it.each([
    ['tset', 'unknown word "tset"'],
    ['colour="red"', 'unknown key "colour"'],
    ['run="yes"', '"run" is a word and takes no value'],
    ['title', '"title" needs a value'],
    ['title=model.zig', 'must be in double quotes'],
    ['title="model.zig', 'no closing double quote'],
    ["title='model.zig", 'no closing single quote'],
    ['test test', 'given twice'],
    ['test run', 'one of "test", "run", "build" or "syntax", not both "test" and "run"'],
    ['run syntax', 'not both "run" and "syntax"'],
    ['build test', 'not both "test" and "build"'],
    ['build panic="x"', '"panic" needs the block to run, but a "build" block is only compiled'],
    ['syntax leak', '"leak" needs the block to run, but a "syntax" block is only parsed'],
    ['build timeout="1s"', '"timeout" needs the block to run'],
    ['run target="aarch64-linux" exit="2"', '"exit" needs the block to run, but a block with target="…" is compiled for that target, never run'],
    ['syntax link-libc', '"link-libc" has no effect on a "syntax" block'],
    ['syntax optimize="ReleaseFast"', '"optimize" has no effect on a "syntax" block'],
    ['syntax with="a.zig"', '"with" has no effect on a "syntax" block'],
    ['link-libc="yes"', '"link-libc" is a word and takes no value'],
    ['exit="1"', '"exit" is for run blocks'],
    ['build error="Boom"', '"error" is for run blocks'],
    ['run exit="0"', 'exit="0" is how every passing program ends'],
    ['run exit="256"', 'is not an exit code from 1 to 255'],
    ['run exit="one"', 'is not an exit code from 1 to 255'],
    ['run exit=1', 'must be in double quotes'],
    ['run exit="1" error="Boom"', '"exit" and "error" cannot be combined'],
    ['run panic="x" exit="1"', '"panic" and "exit" cannot be combined'],
    ['run error="error.Boom"', 'write error="Boom", without "error."'],
    ['run error="not a name"', 'is not the name of an error'],
    ['optimize="releasefast"', 'optimize="releasefast" is not an optimization mode'],
    ['target="native"', 'target="native" is the machine that verifies'],
    ['target="aarch64"', 'is not a target triple'],
    ['target="Linux x86"', 'is not a target triple'],
    ['with=""', 'names no file'],
    ['with="util.py"', 'names "util.py", which is not a Zig file'],
    ['with="../up.zig"', 'which is not a Zig file'],
    ['with="a.zig a.zig"', 'places two files named a.zig in one folder'],
    ['title="a.zig" with="listings/a.zig"', 'places two files named a.zig in one folder'],
    ['skip="later" with="a.zig"', '"skip" cannot be combined with "with"'],
    ['skip="later" target="aarch64-linux"', '"skip" cannot be combined with "target"'],
    ['leak panic="x"', 'cannot be combined'],
    ['compile-error=""', 'compile-error="" needs'],
    ['skip=""', 'skip="" needs'],
    ['skip="  "', 'skip="" needs'],
    ['skip="later" leak', '"skip" cannot be combined with "leak"'],
    ['syntax-ok=""', 'syntax-ok="" needs the reason'],
    ['syntax-ok="   "', 'syntax-ok="" needs the reason'],
    ['syntax-ok', '"syntax-ok" needs a value'],
    ['syntax-ok="a" syntax-ok="b"', 'given twice'],
    ['syntax_ok="a"', 'unknown key "syntax_ok"'],
    ['run fail="x"', '"fail" is for test blocks'],
    ['title="src/model.zig"', 'is not a Zig file name'],
    ['title="model.py"', 'is not a Zig file name'],
    ['name="Has Spaces"', 'is not a valid block id'],
    ['include="/etc/passwd.zig"', 'is not a file under snippets/'],
    ['include="../secret.zig"', 'is not a file under snippets/'],
    ['include="a.zig#x#y"', 'is not a file under snippets/'],
    ['timeout="forever"', 'is not a duration'],
    ['timeout="999s"', 'is not a duration'],
    ['run $', 'unexpected character'],
  ])('rejects %s', (meta, message) => {
    expect(errorOf(meta).what).toContain(message);
  });
});
