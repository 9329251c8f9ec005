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
    expect(parse('syntax-ok="previews std.ArrayList, taught in Module 4"')).toEqual({ mode: 'test', expect: { kind: 'pass' }, syntaxOk: 'previews std.ArrayList, taught in Module 4' });
    expect(parse('run panic="x" syntax-ok=" a reason "')).toMatchObject({ mode: 'run', syntaxOk: 'a reason' });
    expect(parse('skip="later" syntax-ok="a reason"')).toMatchObject({ skip: 'later', syntaxOk: 'a reason' });
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
        why: the fence language is strict: after \`zig\` come words (test, run, leak) and key="value" pairs (compile-error, panic, fail, skip, title, name, include, timeout, syntax-ok)
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
    ['test run', 'either "test" or "run"'],
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
