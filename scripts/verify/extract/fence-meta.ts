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

export type Mode = 'test' | 'run';

/** What must happen for a block to pass. */
export type Expectation =
  | { kind: 'pass' }
  | { kind: 'compile-error'; text: string }
  | { kind: 'panic'; text: string }
  | { kind: 'leak' }
  | { kind: 'fail'; text: string };

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

const WORDS = ['test', 'run', 'leak'] as const;
const KEYS = ['compile-error', 'panic', 'fail', 'skip', 'title', 'name', 'include', 'timeout', 'syntax-ok'] as const;
const MAX_TIMEOUT_MS = 120_000;

export const FENCE_GRAMMAR_HELP =
  'after `zig` come words (test, run, leak) and key="value" pairs ' +
  '(compile-error, panic, fail, skip, title, name, include, timeout, syntax-ok)';

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
      fail(`unknown ${token.value === undefined ? 'word' : 'key'} "${token.key}" in a zig fence`, token.offset, token.key.length, guess ? `did you mean "${guess}"?` : `remove it, or use one of: ${[...WORDS, ...KEYS].join(', ')}`);
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

  if (seen.has('test') && seen.has('run')) {
    fail('a block is either "test" or "run", not both', at('run').offset, at('run').length, 'keep one mode');
  }
  const mode: Mode = seen.has('run') ? 'run' : 'test';

  const expectKeys = ['compile-error', 'panic', 'fail', 'leak'].filter((key) => seen.has(key));
  if (expectKeys.length > 1) {
    const second = at(expectKeys[1]!);
    fail(`"${expectKeys[0]}" and "${expectKeys[1]}" cannot be combined: a block demonstrates one outcome`, second.offset, second.length, 'split the demonstration into two blocks');
  }
  requireText('compile-error', 'a phrase of the expected compiler message');
  requireText('panic', 'a phrase of the expected panic message');
  requireText('fail', 'a phrase of the expected test failure');
  requireText('skip', 'the reason this block is not verified');
  requireText('syntax-ok', 'the reason this block may use syntax its lesson has not introduced');
  if (seen.has('fail') && mode === 'run') {
    fail('"fail" is for test blocks: a failing test is a test-mode outcome', at('fail').offset, at('fail').length, 'drop "run", or use panic="…" for a program that crashes');
  }

  let expect: Expectation = { kind: 'pass' };
  if (seen.has('compile-error')) expect = { kind: 'compile-error', text: value('compile-error')! };
  else if (seen.has('panic')) expect = { kind: 'panic', text: value('panic')! };
  else if (seen.has('fail')) expect = { kind: 'fail', text: value('fail')! };
  else if (seen.has('leak')) expect = { kind: 'leak' };

  const spec: FenceSpec = { mode, expect };

  if (seen.has('skip')) {
    const conflicting = ['compile-error', 'panic', 'fail', 'leak', 'include', 'timeout'].find((key) => seen.has(key));
    if (conflicting) {
      fail(`"skip" cannot be combined with "${conflicting}": a skipped block is not run`, at(conflicting).offset, at(conflicting).length, `remove ${conflicting}, or remove skip so the block is verified`);
    }
    spec.skip = value('skip')!.trim();
  }

  const title = value('title');
  if (title !== undefined) {
    if (!/^[A-Za-z0-9_][A-Za-z0-9_.-]*\.zig$/.test(title)) {
      fail(`title="${title}" is not a Zig file name`, at('title').offset, at('title').length, 'use a plain file name ending in .zig, such as title="model.zig"');
    }
    spec.title = title;
  }

  const name = value('name');
  if (name !== undefined) {
    if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) {
      fail(`name="${name}" is not a valid block id`, at('name').offset, at('name').length, 'use lowercase letters, digits and dashes, such as name="arena-reset"');
    }
    spec.name = name;
  }

  const include = value('include');
  if (include !== undefined) {
    const [file, anchor, extra] = include.split('#');
    if (!file || extra !== undefined || !file.endsWith('.zig') || file.startsWith('/') || file.split('/').includes('..')) {
      fail(`include="${include}" is not a file under snippets/`, at('include').offset, at('include').length, 'write include="listings/file.zig#anchor", a path relative to snippets/');
    }
    spec.include = anchor ? { path: file!, anchor } : { path: file! };
  }

  const timeout = value('timeout');
  if (timeout !== undefined) {
    const ms = parseTimeout(timeout);
    if (ms === undefined || ms <= 0 || ms > MAX_TIMEOUT_MS) {
      fail(`timeout="${timeout}" is not a duration between 1ms and ${MAX_TIMEOUT_MS / 1000}s`, at('timeout').offset, at('timeout').length, 'write timeout="10s" or timeout="500ms"');
    }
    spec.timeoutMs = ms;
  }

  const syntaxOk = value('syntax-ok');
  if (syntaxOk !== undefined) spec.syntaxOk = syntaxOk.trim();

  return spec;
}
