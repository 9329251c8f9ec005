/**
 * The code frame: file title, copy button, highlighted code, and for Zig the
 * verification status line and the terminal transcript of the verified run.
 * Pure: given the code and its verified result, returns hast. Used by the
 * remark plugin (lesson fences) and by pages (exercise files).
 */
import type { Element, ElementContent } from 'hast';
import type { Highlighter } from 'shiki';
import { highlightLines } from './highlight.ts';
import { h, text } from './hast-build.ts';

/** What a page knows about a verified block. */
export interface VerifiedView {
  /** Block id, for anchors and debugging. */
  id: string;
  title: string;
  /** Code as displayed (hidden lines removed, include region only). */
  code: string;
  /** Shown after the title: "lines 12–30 of snippets/listings/x.zig". */
  titleNote?: string;
  /** The command the transcript starts with. */
  command: string;
  /** Normalized output, empty for skipped blocks. */
  output: string;
  /** "passes", "compile error, as expected", … or "not verified: reason". */
  label: string;
  status: 'verified' | 'skipped';
  outcome: string;
  zigVersion: string;
  /** `trace` blocks: the diagram drawn from the run (src/lib/trace-diagram.ts), rendered after the frame. */
  diagram?: import('./trace-diagram.ts').TraceDiagramInput;
}

function copyButton(): Element {
  // Hidden until the copy script runs: without JavaScript there is nothing to click.
  return h('button', { type: 'button', className: ['copy-button'], dataCopy: '', hidden: true }, [text('Copy')]);
}

function codeBlock(shiki: Highlighter, code: string, lang: string, label: string): Element {
  return h('pre', { className: ['code'], tabIndex: 0, ariaLabel: label, dataLanguage: lang }, [h('code', {}, highlightLines(shiki, code, lang))]);
}

/**
 * The `title="…"` of a fence's info string, read leniently: plain fences have
 * no strict grammar, and an unverified Zig fence shown on the dev server may
 * be the one whose info string is wrong.
 */
export function fenceTitle(meta: string | null | undefined): string | undefined {
  return /(?:^|\s)title="([^"]+)"/.exec(meta ?? '')?.[1];
}

const SHELL_LANGS = new Set(['sh', 'bash', 'shell', 'console', 'zsh']);
const LANG_NAMES: Record<string, string> = { python: 'Python', py: 'Python', json: 'JSON', yaml: 'YAML', toml: 'TOML', c: 'C' };

/** A frame's heading when the fence has no title: shell commands say "Shell", even in a `text` fence. */
function plainHeading(code: string, lang: string): string {
  if (SHELL_LANGS.has(lang)) return 'Shell';
  if (lang === 'text' || !lang) {
    const lines = code.split('\n').filter((line) => line.trim());
    return lines.length > 0 && lines.every((line) => /^(?:\$ |zig |npm |npx |cd |python3? |pip )/.test(line)) ? 'Shell' : 'Text';
  }
  return LANG_NAMES[lang] ?? lang;
}

/** A frame for a non-Zig block (Python, shell, text): title and copy button, no verification. */
export function renderPlainFrame(shiki: Highlighter, code: string, lang: string, title?: string): Element {
  const heading = title ?? plainHeading(code, lang);
  return h('figure', { className: ['code-frame', 'code-frame--plain'] }, [
    h('figcaption', { className: ['code-frame__bar'] }, [h('span', { className: ['code-frame__title'] }, [text(heading)]), copyButton()]),
    codeBlock(shiki, code, lang || 'text', `${heading} code`),
  ]);
}

/** What a block does, as its frame's header says it before the code. */
export interface OutcomeBadge {
  /** CSS modifier: pass, compile-error, panic, leak, test-fail, exit, compile-only, skipped, other. */
  kind: string;
  icon: string;
  text: string;
}

const capitalize = (value: string) => value.charAt(0).toUpperCase() + value.slice(1);

/**
 * The badge for a record entry's outcome. Unknown outcome kinds (the verifier
 * may add some) fall back to the entry's own label, shown as a neutral badge.
 */
export function outcomeBadge(view: Pick<VerifiedView, 'outcome' | 'label' | 'status' | 'command'>): OutcomeBadge {
  if (view.status === 'skipped') return { kind: 'skipped', icon: '–', text: 'Not verified' };
  const outcome = view.outcome;
  const exitCode = /(?:exit(?:ed|s)?(?: with)?(?: code)?[ -:]*)(-?\d+)/i.exec(`${outcome} ${view.label}`)?.[1];
  if (outcome === 'passed')
    return view.label === 'runs' || view.command.startsWith('zig run')
      ? { kind: 'pass', icon: '✓', text: 'Runs' }
      : { kind: 'pass', icon: '✓', text: 'Passes' };
  if (outcome === 'compile-error') return { kind: 'compile-error', icon: '✗', text: 'Does not compile' };
  if (outcome === 'panicked' || outcome === 'panic') return { kind: 'panic', icon: '↯', text: 'Panics' };
  if (outcome === 'leaked' || outcome === 'leak') return { kind: 'leak', icon: '⚠', text: 'Leaks (on purpose)' };
  if (outcome === 'test-failed' || outcome === 'fail') return { kind: 'test-fail', icon: '≠', text: 'Test fails (on purpose)' };
  if (/^exit/.test(outcome) || exitCode !== undefined)
    return { kind: 'exit', icon: '→', text: exitCode !== undefined ? `Exits with ${exitCode}` : 'Exits with an error code' };
  if (/compile/.test(outcome) && /only|ok|compiles|compiled/.test(outcome)) return { kind: 'compile-only', icon: '◇', text: 'Compiles only' };
  return { kind: 'other', icon: '•', text: capitalize(view.label.replace(/, as expected$/, '')) };
}

function badge(view: VerifiedView): Element {
  const { kind, icon, text: words } = outcomeBadge(view);
  return h('span', { className: ['outcome', `outcome--${kind}`] }, [
    h('span', { className: ['outcome__icon'], ariaHidden: 'true' }, [text(icon)]),
    text(` ${words}`),
  ]);
}

/** Lines of an output that say what happened: diagnostics and their carets, panics, leaks, failing tests. */
const KEY_LINE = [
  /(?:^|\s)error(?:\([^)]*\))?: /,
  /^\S+:\d+:\d+: error: /,
  /panic: /,
  /\bleaked\b|\bLEAKED\b|leaked memory/,
  /\.\.\.FAIL\b|^FAIL\b|\bFAIL \(/,
  /^\d+ passed; \d+ skipped; [1-9]\d* failed\./,
  /^expected .*, found /,
];
const CARET = /^\s*[~^]*\^[~^]*\s*$/;
/** A stack frame in Zig's own library: `<zig>/lib/std/…:12:3: <addr> in name (std.zig)`. */
const LIBRARY_FRAME = /^<zig>\/lib\/\S+:\d+:\d+: (?:<addr>|0x[0-9a-f]+) in /;
const FRAME = /^\S+:\d+:\d+: (?:<addr>|0x[0-9a-f]+) in /;

type Segment = { fold: false; lines: string[] } | { fold: true; frames: number; lines: string[] };

/**
 * Splits an output into shown lines and folds: each run of standard-library
 * stack frames (the frame line, then its source line and caret) becomes one
 * fold. Nothing is dropped: the folds hold every line.
 */
export function foldOutput(output: string): Segment[] {
  const lines = output.split('\n');
  const segments: Segment[] = [];
  let shown: string[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!LIBRARY_FRAME.test(lines[i]!)) {
      shown.push(lines[i]!);
      i++;
      continue;
    }
    const folded: string[] = [];
    let frames = 0;
    while (i < lines.length && LIBRARY_FRAME.test(lines[i]!)) {
      folded.push(lines[i]!);
      frames++;
      i++;
      // The source line and caret that follow a frame belong to it.
      for (let k = 0; k < 2 && i < lines.length && !FRAME.test(lines[i]!) && lines[i] !== ''; k++) {
        const isCaret = CARET.test(lines[i]!);
        folded.push(lines[i]!);
        i++;
        if (isCaret) break;
      }
    }
    if (shown.length) segments.push({ fold: false, lines: shown });
    shown = [];
    segments.push({ fold: true, frames, lines: folded });
  }
  if (shown.length) segments.push({ fold: false, lines: shown });
  return segments;
}

function outputLines(lines: string[]): ElementContent[] {
  const out: ElementContent[] = [];
  let lastKey = -10;
  lines.forEach((line, index) => {
    if (index > 0) out.push(text('\n'));
    const key = KEY_LINE.some((pattern) => pattern.test(line));
    // The caret under a diagnostic's source line points at what matters.
    const caret = CARET.test(line) && index - lastKey <= 2;
    if (key) lastKey = index;
    if (!key && !caret) return void out.push(text(line));
    // Leading spaces stay outside the mark, so a caret's highlight starts where it points.
    const indent = /^\s*/.exec(line)![0];
    if (indent) out.push(text(indent));
    out.push(h('mark', { className: ['transcript__mark'] }, [text(line.slice(indent.length))]));
  });
  return out;
}

/** The terminal transcript of a verified run: `$ command`, then its normalized output, standard-library frames folded. */
export function renderTranscript(view: Pick<VerifiedView, 'command' | 'output'>): Element {
  // Output is text nodes only: whatever a block prints is escaped, never parsed as HTML.
  const head: ElementContent[] = [
    h('span', { className: ['transcript__prompt'], ariaHidden: 'true' }, [text('$ ')]),
    h('span', { className: ['transcript__command'] }, [text(view.command)]),
  ];
  const segments = view.output ? foldOutput(view.output) : [];
  const parts: ElementContent[] = [];
  const pre = (children: ElementContent[]) => h('pre', {}, [h('code', {}, children)]);
  // The command opens the first shown segment, or stands alone when the output starts with a fold.
  let first = segments.length > 0 && !segments[0]!.fold;
  if (!first) parts.push(pre(head));
  for (const segment of segments) {
    if (segment.fold) {
      const what = `${segment.frames} more frame${segment.frames === 1 ? '' : 's'} in Zig's standard library`;
      parts.push(h('details', { className: ['transcript__fold'] }, [h('summary', {}, [text(what)]), pre(outputLines(segment.lines))]));
    } else {
      parts.push(pre(first ? [...head, text('\n'), ...outputLines(segment.lines)] : outputLines(segment.lines)));
      first = false;
    }
  }
  return h('div', { className: ['transcript'], role: 'group', ariaLabel: `Output of ${view.command}` }, [
    h('div', { className: ['transcript__output'], tabIndex: 0 }, parts),
  ]);
}

/** The status line and transcript of a verified run, without the code (the code is shown elsewhere). */
export function renderRun(view: VerifiedView): Element {
  return h('div', { className: ['code-frame', 'code-frame--run', `code-frame--${outcomeBadge(view).kind}`], dataOutcome: view.outcome }, [
    h('p', { className: ['code-frame__bar'] }, [badge(view)]),
    statusLine(view),
    renderTranscript(view),
  ]);
}

function statusLine(view: VerifiedView): Element {
  const verified = view.status === 'verified';
  return h('p', { className: ['code-frame__status', `code-frame__status--${verified ? 'verified' : 'skipped'}`] }, [
    h('span', { className: ['code-frame__status-icon'], ariaHidden: 'true' }, [text(verified ? '✓' : '–')]),
    text(verified ? ` Verified with Zig ${view.zigVersion} · ${view.label}` : ` ${view.label.replace(/^not verified/, 'Not verified')}`),
  ]);
}

/** The anchor of a block's frame. */
export const frameId = (view: Pick<VerifiedView, 'id'>) => `block-${view.id.replace(/[^A-Za-z0-9_-]+/g, '-')}`;

export interface ZigFrameOptions {
  /**
   * A listing shown region by region runs once: the region whose frame already
   * shows that run's transcript. This frame links to it instead of repeating it.
   */
  outputShownIn?: VerifiedView;
}

/** A frame for a verified Zig block: header (title, outcome, copy), code, status line, and transcript. */
export function renderZigFrame(shiki: Highlighter, view: VerifiedView, options: ZigFrameOptions = {}): Element {
  const bar: ElementContent[] = [h('span', { className: ['code-frame__title'] }, [text(view.title)])];
  if (view.titleNote) bar.push(h('span', { className: ['code-frame__note'] }, [text(view.titleNote)]));
  bar.push(badge(view), copyButton());

  const verified = view.status === 'verified';
  const children: ElementContent[] = [
    h('figcaption', { className: ['code-frame__bar'] }, bar),
    codeBlock(shiki, view.code, 'zig', `Zig code: ${view.title}`),
    statusLine(view),
  ];
  const shownIn = options.outputShownIn;
  if (verified && shownIn) {
    children.push(
      h('p', { className: ['code-frame__output-link'] }, [
        text(`$ ${view.command}: the whole listing's output is shown once, under `),
        h('a', { href: `#${frameId(shownIn)}` }, [text(shownIn.titleNote ?? shownIn.title)]),
        text(' above.'),
      ]),
    );
  } else if (verified) children.push(renderTranscript(view));
  return h(
    'figure',
    { className: ['code-frame', 'code-frame--zig', `code-frame--${outcomeBadge(view).kind}`], dataOutcome: view.outcome, id: frameId(view) },
    children,
  );
}
