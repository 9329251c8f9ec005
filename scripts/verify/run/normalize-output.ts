/**
 * Makes recorded output stable and machine-independent: the same block always
 * records the same bytes, and nothing about the build machine is published.
 */

export interface NormalizeContext {
  /** The temporary directory the block ran in. */
  runDir: string;
  /** Zig's lib directory (std sources). */
  zigLibDir: string;
  /** Zig's global cache directory used for the run. */
  zigCacheDir: string;
  /** The home directory of the machine, if any. */
  home?: string;
  /**
   * Per unit file: for each displayed line (index), the compiled line it shows.
   * Diagnostics that point at a displayed line are renumbered to match what the
   * reader sees; lines in hidden regions keep their compiled number.
   */
  lineMaps?: Record<string, number[]>;
}

export const PLACEHOLDER = {
  zigLib: '<zig>/lib',
  zigCache: '~/.cache/zig',
  addr: '<addr>',
  tid: '<tid>',
  seed: '<seed>',
  hash: '<hash>',
} as const;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function replacePrefix(text: string, prefix: string | undefined, replacement: string): string {
  if (!prefix || prefix === '/') return text;
  const trimmed = prefix.replace(/\/+$/, '');
  return text.replace(new RegExp(`${escapeRegExp(trimmed)}(?=/|\\b)`, 'g'), replacement);
}

/** Replaces control characters a terminal would interpret, so output is safe to store and show. */
export function sanitizeControlCharacters(text: string): string {
  return (
    text
      .replace(/\r\n/g, '\n')
      // ANSI escape sequences (colours, cursor movement).
      .replace(/\x1b\[[0-9;?]*[ -/]*[@-~]/g, '')
      .replace(/[\x00-\x08\x0b-\x1f\x7f]/g, '\uFFFD')
  );
}

function remapLines(text: string, lineMaps: Record<string, number[]>): string {
  const inverse = new Map<string, Map<number, number>>();
  for (const [file, map] of Object.entries(lineMaps)) {
    inverse.set(file, new Map(map.map((compiled, index) => [compiled, index + 1])));
  }
  // `file.zig:LINE:COL` at the start of a line or after whitespace (not inside a longer path).
  return text.replace(/(^|[\s(])([A-Za-z0-9_][A-Za-z0-9_.-]*\.zig):(\d+):(\d+)/gm, (whole, before: string, file: string, line: string, col: string) => {
    const shown = inverse.get(file)?.get(Number(line));
    return shown === undefined ? whole : `${before}${file}:${shown}:${col}`;
  });
}

/** Normalizes raw combined output of a compile or run. */
export function normalizeOutput(raw: string, context: NormalizeContext): string {
  let text = sanitizeControlCharacters(raw);

  // Paths: the run directory disappears (files are named as the reader names them),
  // Zig's own files and cache get stable placeholders, the home directory becomes ~.
  text = text.replace(new RegExp(`${escapeRegExp(context.runDir.replace(/\/+$/, ''))}/`, 'g'), '');
  // Zig's cache does not key on the directory, so a binary reused from an earlier
  // run can name that run's directory in its stack traces: strip any sibling too.
  const sibling = /^(.*\/[^/]*-)[A-Za-z0-9]{6}\/?$/.exec(context.runDir);
  if (sibling) text = text.replace(new RegExp(`${escapeRegExp(sibling[1]!)}[A-Za-z0-9]{6}/`, 'g'), '');
  text = replacePrefix(text, context.zigLibDir, PLACEHOLDER.zigLib);
  text = replacePrefix(text, context.zigCacheDir, PLACEHOLDER.zigCache);
  text = replacePrefix(text, context.home, '~');

  // Addresses: stack frames, leak reports, formatted pointers.
  text = text.replace(/(:\d+:\d+: |\?\?\?:\?:\?: )0x[0-9a-f]+( in )/g, `$1${PLACEHOLDER.addr}$2`);
  text = text.replace(/(memory address |fault at address )0x[0-9a-f]+/g, `$1${PLACEHOLDER.addr}`);
  text = text.replace(/(\[addr: )(?:0x)?[0-9a-f]+/g, `$1${PLACEHOLDER.addr}`);
  text = text.replace(/@[0-9a-f]{8,16}\b/g, `@${PLACEHOLDER.addr}`);

  // Numbers the compiler gives generic instances (expectEqualInner__func_958): they change when
  // unrelated code is added to the same compile.
  text = text.replace(/__func_\d+\b/g, '__func_<n>');
  // So do anonymous types' (main__struct_790): the number is the compile's, not the block's.
  text = text.replace(/__(struct|union|enum|opaque)_\d+\b/g, '__$1_<n>');

  // Thread ids, test seeds, cache hashes.
  text = text.replace(/\bthread \d+ panic/g, `thread ${PLACEHOLDER.tid} panic`);
  text = text.replace(/--seed=0x[0-9a-f]+/g, `--seed=${PLACEHOLDER.seed}`);
  text = text.replace(/\/(o|tmp|h|z)\/[0-9a-f]{16,}(?=\/|\b)/g, `/$1/${PLACEHOLDER.hash}`);

  if (context.lineMaps) text = remapLines(text, context.lineMaps);

  // Trailing spaces are invisible and churn diffs; so do trailing blank lines.
  text = text
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/\n+$/, '');
  return text;
}
