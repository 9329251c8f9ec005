/**
 * The code-fence language: what may follow ```zig, parsed into a typed record.
 *
 * The info string is a strict list of words and `key="value"` pairs; anything
 * unknown is a located error (as Zig's doctest treats an unknown manifest line).
 * A value is in double quotes (`\"` and `\\` escape) or in single quotes
 * (`\'` and `\\`), so `compile-error='unable to load "x.zig"'` needs no escape.
 * The text parsed is the fence line as written (collect-zig-fences.ts), not
 * the parser's info string: CommonMark removes backslash escapes from it.
 */
import { ContentError, type SourceLocation } from '../errors.ts';

/**
 * How a block is checked: `test` runs `zig test`, `run` builds and runs a
 * program, `build` only compiles (an executable when the file has
 * `pub fn main`, else an object, as doctest's `obj`), `syntax` only parses
 * (`zig ast-check`).
 */
export type Mode = 'test' | 'run' | 'build' | 'syntax';

/** What must happen for a block to pass. */
export type Expectation =
  | { kind: 'pass' }
  | { kind: 'compile-error'; text: string }
  | { kind: 'panic'; text: string }
  | { kind: 'leak' }
  | { kind: 'fail'; text: string }
  /** `exit="N"`: the program exits with code N (1–255) without panicking. */
  | { kind: 'exit'; code: number }
  /** `error="Name"`: the program's main returns error.Name. */
  | { kind: 'error'; name: string };

export const OPTIMIZE_MODES = ['Debug', 'ReleaseSafe', 'ReleaseFast', 'ReleaseSmall'] as const;
export type OptimizeMode = (typeof OPTIMIZE_MODES)[number];

/** Options of the compile (doctest's `link_libc`, `optimize=`, `target=`). */
export interface BuildOptions {
  /** `link-libc`: link the C library (`-lc`). */
  linkLibc?: true;
  /** `optimize="ReleaseFast"`: `-O ReleaseFast`. */
  optimize?: OptimizeMode;
  /** `target="aarch64-linux"`: `-target aarch64-linux`; the block is compiled for it, never run. */
  target?: string;
}

export interface FenceSpec {
  mode: Mode;
  expect: Expectation;
  /** Present when the block is deliberately not verified; the reason is shown and counted. */
  skip?: string;
  /** File name shown in the frame and in the command (`zig test model.zig`). */
  title?: string;
  /** Stable id, unique in the course. */
  name?: string;
  /** Show a region of a file under snippets/; the whole file is verified. */
  include?: { path: string; anchor?: string };
  /** Run-time limit for this block, in milliseconds. */
  timeoutMs?: number;
  /**
   * Why this block may use syntax its lesson has not introduced yet (the
   * syntax-order check, scripts/syntax/, then skips it and counts it).
   */
  syntaxOk?: string;
  /** Compile options; absent when there are none. */
  options?: BuildOptions;
  /** `with="util.zig"`: other files placed beside this one (a block of the page by its title, or a file under snippets/). */
  with?: string[];
  /** `trace`: also record every allocation of the allocators the block traces (snippets/support/trace.zig), for its memory diagram. */
  trace?: true;
  /** `diagram="Title"` (with `trace`): the title of the diagram drawn from the run. */
  diagram?: string;
}

/** Where the info string sits in the source, for located errors. */
export interface MetaPosition {
  file: string;
  line: number;
  /** 1-based column of the first character of `meta` in the fence line. */
  column: number;
  /** The whole fence line, for the caret underline. */
  sourceLine?: string;
}

const WORDS = ['test', 'run', 'build', 'syntax', 'leak', 'link-libc', 'trace'] as const;
const KEYS = [
  'compile-error',
  'panic',
  'fail',
  'exit',
  'error',
  'skip',
  'title',
  'name',
  'include',
  'with',
  'timeout',
  'optimize',
  'target',
  'syntax-ok',
  'diagram',
] as const;
const MODES = ['test', 'run', 'build', 'syntax'] as const;
const MAX_TIMEOUT_MS = 120_000;

export const FENCE_GRAMMAR_HELP =
  'after `zig` come words (test, run, build, syntax, leak, link-libc, trace) and key="value" pairs ' +
  '(compile-error, panic, fail, exit, error, skip, title, name, include, with, timeout, optimize, target, syntax-ok, diagram)';

const FILE_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]*\.zig$/;

interface Token {
  key: string;
  value: string | undefined;
  /** 0-based offset of the token in the meta string. */
  offset: number;
  length: number;
}

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

function suggest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of candidates) {
    const distance = levenshtein(word, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function tokenize(meta: string, fail: (message: string, offset: number, length: number, fix?: string) => never): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < meta.length) {
    if (/\s/.test(meta[i]!)) {
      i++;
      continue;
    }
    const start = i;
    const word = /^[A-Za-z][A-Za-z0-9_-]*/.exec(meta.slice(i));
    if (!word) fail(`unexpected character ${JSON.stringify(meta[i])} in the fence info string`, i, 1);
    i += word[0].length;
    if (meta[i] !== '=') {
      tokens.push({ key: word[0], value: undefined, offset: start, length: word[0].length });
      continue;
    }
    i++;
    const quote = meta[i];
    if (quote !== '"' && quote !== "'") {
      const bare = /^\S*/.exec(meta.slice(i))![0];
      fail(`the value of ${word[0]} must be in double quotes`, start, i - start + bare.length, `write ${word[0]}="${bare}"`);
    }
    i++;
    let value = '';
    while (i < meta.length && meta[i] !== quote) {
      if (meta[i] === '\\' && (meta[i + 1] === quote || meta[i + 1] === '\\')) i++;
      value += meta[i];
      i++;
    }
    const quoteName = quote === '"' ? 'double' : 'single';
    if (i >= meta.length) fail(`the value of ${word[0]} has no closing ${quoteName} quote`, start, meta.length - start, `close the value with ${quote}`);
    i++;
    tokens.push({ key: word[0], value, offset: start, length: i - start });
  }
  return tokens;
}

/** Where `key` (with its value) sits in `meta`, for errors found after parsing; undefined when absent or unparsable. */
export function locateKey(meta: string, key: string): { offset: number; length: number } | undefined {
  try {
    const token = tokenize(meta, () => {
      throw new Error('unparsable');
    }).find((t) => t.key === key);
    return token ? { offset: token.offset, length: token.length } : undefined;
  } catch {
    return undefined;
  }
}

function parseTimeout(value: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)(ms|s)?$/.exec(value.trim());
  if (!match) return undefined;
  const amount = Number(match[1]);
  return match[2] === 'ms' ? amount : amount * 1000;
}

/** Parses the info string of a ```zig fence (everything after `zig`) into a FenceSpec. */
export function parseFenceMeta(meta: string | null | undefined, position: MetaPosition): FenceSpec {
  const text = meta ?? '';
  const fail = (message: string, offset: number, length: number, fix?: string, why?: string): never => {
    const location: SourceLocation = { file: position.file, line: position.line, column: position.column + offset };
    throw new ContentError(location, message, {
      why: why ?? `the fence language is strict: ${FENCE_GRAMMAR_HELP}`,
      fix,
      sourceLine: position.sourceLine,
      length,
    });
  };

  const seen = new Map<string, Token>();
  for (const token of tokenize(text, fail)) {
    const isWord = (WORDS as readonly string[]).includes(token.key);
    const isKey = (KEYS as readonly string[]).includes(token.key);
    if (!isWord && !isKey) {
      const guess = suggest(token.key, [...WORDS, ...KEYS]);
      fail(
        `unknown ${token.value === undefined ? 'word' : 'key'} "${token.key}" in a zig fence`,
        token.offset,
        token.key.length,
        guess ? `did you mean "${guess}"?` : `remove it, or use one of: ${[...WORDS, ...KEYS].join(', ')}`,
      );
    }
    if (isWord && token.value !== undefined) {
      fail(`"${token.key}" is a word and takes no value`, token.offset, token.length, `write just ${token.key}`);
    }
    if (isKey && token.value === undefined) {
      fail(`"${token.key}" needs a value`, token.offset, token.length, `write ${token.key}="…"`);
    }
    if (seen.has(token.key)) fail(`"${token.key}" is given twice`, token.offset, token.length, 'keep one of them');
    seen.set(token.key, token);
  }

  const value = (key: string) => seen.get(key)?.value;
  const at = (key: string) => seen.get(key)!;
  const requireText = (key: string, what: string) => {
    const v = value(key);
    if (v !== undefined && v.trim() === '') fail(`${key}="" needs ${what}`, at(key).offset, at(key).length, `write ${key}="${what}"`);
  };

  const modes = MODES.filter((key) => seen.has(key));
  if (modes.length > 1) {
    const second = at(modes[1]!);
    fail(`a block is one of "test", "run", "build" or "syntax", not both "${modes[0]}" and "${modes[1]}"`, second.offset, second.length, 'keep one mode');
  }
  const mode: Mode = modes[0] ?? 'test';

  const expectKeys = ['compile-error', 'panic', 'fail', 'leak', 'exit', 'error'].filter((key) => seen.has(key));
  if (expectKeys.length > 1) {
    const second = at(expectKeys[1]!);
    fail(
      `"${expectKeys[0]}" and "${expectKeys[1]}" cannot be combined: a block demonstrates one outcome`,
      second.offset,
      second.length,
      'split the demonstration into two blocks',
    );
  }
  requireText('compile-error', 'a phrase of the expected compiler message');
  requireText('panic', 'a phrase of the expected panic message');
  requireText('fail', 'a phrase of the expected test failure');
  requireText('skip', 'the reason this block is not verified');
  requireText('syntax-ok', 'the reason this block may use syntax its lesson has not introduced');
  if (seen.has('fail') && mode === 'run') {
    fail(
      '"fail" is for test blocks: a failing test is a test-mode outcome',
      at('fail').offset,
      at('fail').length,
      'drop "run", or use panic="…" for a program that crashes',
    );
  }
  for (const key of ['exit', 'error']) {
    if (seen.has(key) && mode !== 'run') {
      fail(
        `"${key}" is for run blocks: it is what a program's main does`,
        at(key).offset,
        at(key).length,
        `add "run"${mode === 'test' ? ', or use fail="…" for a test that returns an error' : ''}`,
      );
    }
  }

  // Blocks that are not run: `build` and `syntax` ones, and any block compiled for another target.
  const notRun =
    mode === 'build' || mode === 'syntax'
      ? `a "${mode}" block is ${mode === 'build' ? 'only compiled' : 'only parsed'}`
      : seen.has('target')
        ? 'a block with target="…" is compiled for that target, never run'
        : undefined;
  if (notRun) {
    const runOnly = ['panic', 'fail', 'leak', 'exit', 'error', 'timeout'].find((key) => seen.has(key));
    const fix = mode === 'build' || mode === 'syntax' ? `remove ${runOnly}, or use "test" or "run"` : `remove target="…" to run it here, or remove ${runOnly}`;
    if (runOnly) fail(`"${runOnly}" needs the block to run, but ${notRun}`, at(runOnly).offset, at(runOnly).length, fix);
  }
  if (mode === 'syntax') {
    const compileOnly = ['link-libc', 'optimize', 'target', 'with'].find((key) => seen.has(key));
    if (compileOnly)
      fail(
        `"${compileOnly}" has no effect on a "syntax" block: zig ast-check only parses the file`,
        at(compileOnly).offset,
        at(compileOnly).length,
        `remove ${compileOnly}, or use "build" to compile it`,
      );
  }

  let expect: Expectation = { kind: 'pass' };
  if (seen.has('compile-error')) expect = { kind: 'compile-error', text: value('compile-error')! };
  else if (seen.has('panic')) expect = { kind: 'panic', text: value('panic')! };
  else if (seen.has('fail')) expect = { kind: 'fail', text: value('fail')! };
  else if (seen.has('leak')) expect = { kind: 'leak' };
  else if (seen.has('exit')) {
    const text = value('exit')!.trim();
    const code = /^\d{1,3}$/.test(text) ? Number(text) : NaN;
    if (code === 0)
      fail('exit="0" is how every passing program ends', at('exit').offset, at('exit').length, 'remove exit="0": a plain "run" block must exit 0');
    if (!(code >= 1 && code <= 255)) fail(`exit="${text}" is not an exit code from 1 to 255`, at('exit').offset, at('exit').length, 'write exit="1"');
    expect = { kind: 'exit', code };
  } else if (seen.has('error')) {
    const text = value('error')!.trim();
    const name = text.replace(/^error\./, '');
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
      fail(
        `error="${text}" is not the name of an error`,
        at('error').offset,
        at('error').length,
        'write the name without "error.", such as error="OutOfMemory"',
      );
    if (name !== text) fail(`write error="${name}", without "error."`, at('error').offset, at('error').length, `write error="${name}"`);
    expect = { kind: 'error', name };
  }

  const spec: FenceSpec = { mode, expect };

  // `trace`: the diagram is drawn from the run, so the block must run (see scripts/verify/trace/).
  if (seen.has('trace')) {
    const why = 'a trace block records the allocations its run makes, for the diagram drawn from them';
    if (notRun) fail(`"trace" needs the block to run, but ${notRun}`, at('trace').offset, at('trace').length, 'use "test" or "run"', why);
    const blocking = ['compile-error', 'skip'].find((key) => seen.has(key));
    if (blocking) fail(`"trace" cannot be combined with "${blocking}": the block never runs`, at('trace').offset, at('trace').length, 'remove trace', why);
    spec.trace = true;
  }
  if (seen.has('diagram')) {
    if (!seen.has('trace'))
      fail('"diagram" titles the picture of a trace block', at('diagram').offset, at('diagram').length, 'add "trace", or remove diagram="…"');
    requireText('diagram', 'the title of the diagram');
    spec.diagram = value('diagram')!.trim();
  }

  if (seen.has('skip')) {
    const conflicting = ['compile-error', 'panic', 'fail', 'leak', 'exit', 'error', 'include', 'with', 'timeout', 'link-libc', 'optimize', 'target'].find(
      (key) => seen.has(key),
    );
    if (conflicting) {
      fail(
        `"skip" cannot be combined with "${conflicting}": a skipped block is not run`,
        at(conflicting).offset,
        at(conflicting).length,
        `remove ${conflicting}, or remove skip so the block is verified`,
      );
    }
    spec.skip = value('skip')!.trim();
  }

  const title = value('title');
  if (title !== undefined) {
    if (!FILE_NAME.test(title)) {
      fail(
        `title="${title}" is not a Zig file name`,
        at('title').offset,
        at('title').length,
        'use a plain file name ending in .zig, such as title="model.zig"',
      );
    }
    spec.title = title;
  }

  const name = value('name');
  if (name !== undefined) {
    if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) {
      fail(
        `name="${name}" is not a valid block id`,
        at('name').offset,
        at('name').length,
        'use lowercase letters, digits and dashes, such as name="arena-reset"',
      );
    }
    spec.name = name;
  }

  const include = value('include');
  if (include !== undefined) {
    const [file, anchor, extra] = include.split('#');
    if (!file || extra !== undefined || !file.endsWith('.zig') || file.startsWith('/') || file.split('/').includes('..')) {
      fail(
        `include="${include}" is not a file under snippets/`,
        at('include').offset,
        at('include').length,
        'write include="listings/file.zig#anchor", a path relative to snippets/',
      );
    }
    spec.include = anchor ? { path: file!, anchor } : { path: file! };
  }

  const timeout = value('timeout');
  if (timeout !== undefined) {
    const ms = parseTimeout(timeout);
    if (ms === undefined || ms <= 0 || ms > MAX_TIMEOUT_MS) {
      fail(
        `timeout="${timeout}" is not a duration between 1ms and ${MAX_TIMEOUT_MS / 1000}s`,
        at('timeout').offset,
        at('timeout').length,
        'write timeout="10s" or timeout="500ms"',
      );
    }
    spec.timeoutMs = ms;
  }

  const syntaxOk = value('syntax-ok');
  if (syntaxOk !== undefined) spec.syntaxOk = syntaxOk.trim();

  const options: BuildOptions = {};
  if (seen.has('link-libc')) options.linkLibc = true;
  const optimize = value('optimize');
  if (optimize !== undefined) {
    if (!(OPTIMIZE_MODES as readonly string[]).includes(optimize)) {
      const guess = suggest(optimize, OPTIMIZE_MODES) ?? OPTIMIZE_MODES.find((m) => m.toLowerCase().includes(optimize.trim().toLowerCase()));
      fail(
        `optimize="${optimize}" is not an optimization mode`,
        at('optimize').offset,
        at('optimize').length,
        guess ? `did you mean optimize="${guess}"?` : `write one of ${OPTIMIZE_MODES.map((m) => `optimize="${m}"`).join(', ')}`,
      );
    }
    options.optimize = optimize as OptimizeMode;
  }
  const target = value('target');
  if (target !== undefined) {
    if (target === 'native')
      fail('target="native" is the machine that verifies, which every block already is', at('target').offset, at('target').length, 'remove target="native"');
    if (!/^[a-z0-9_]+-[a-z0-9_.]+(?:-[a-z0-9_.]+)?$/.test(target)) {
      fail(
        `target="${target}" is not a target triple`,
        at('target').offset,
        at('target').length,
        'write arch-os or arch-os-abi, such as target="aarch64-linux" or target="x86_64-windows-gnu" (`zig targets` lists them)',
      );
    }
    options.target = target;
  }
  if (Object.keys(options).length) spec.options = options;

  const withFiles = value('with');
  if (withFiles !== undefined) {
    const files = withFiles.split(/[\s,]+/).filter(Boolean);
    const bad = files.find(
      (file) => !file.endsWith('.zig') || file.startsWith('/') || file.split('/').includes('..') || !FILE_NAME.test(file.split('/').pop()!),
    );
    if (!files.length || bad !== undefined) {
      fail(
        `with="${withFiles}" ${bad ? `names "${bad}", which is not a Zig file` : 'names no file'}`,
        at('with').offset,
        at('with').length,
        'write with="util.zig" (the title of another block on this page) or with="listings/util.zig" (a file under snippets/); separate several with spaces',
      );
    }
    const names = files.map((file) => file.split('/').pop()!);
    const own = spec.title ?? spec.include?.path.split('/').pop();
    const twice = names.find((name, i) => names.indexOf(name) !== i || name === own);
    if (twice)
      fail(
        `with="${withFiles}" places two files named ${twice} in one folder`,
        at('with').offset,
        at('with').length,
        'every file of an example needs its own name',
      );
    spec.with = files;
  }

  return spec;
}
