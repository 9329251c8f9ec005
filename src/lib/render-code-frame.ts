/**
 * The code frame: file title, copy button, highlighted code, and for Zig the
 * verification status line and the terminal transcript of the verified run.
 * Pure: given the code and its verified result, returns hast. Used by the
 * remark plugin (lesson fences) and by pages (exercise files).
 */
import type { Element, ElementContent } from 'hast';
import type { Highlighter } from 'shiki';
import { highlightLines } from './highlight.ts';

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

const h = (tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element => ({ type: 'element', tagName, properties, children });
const text = (value: string): ElementContent => ({ type: 'text', value });

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

/** A frame for a non-Zig block (Python, shell, text): title and copy button, no verification. */
export function renderPlainFrame(shiki: Highlighter, code: string, lang: string, title?: string): Element {
  const heading = title ?? (lang === 'text' || !lang ? 'Text' : lang === 'python' ? 'Python' : lang);
  return h('figure', { className: ['code-frame', 'code-frame--plain'] }, [
    h('figcaption', { className: ['code-frame__bar'] }, [h('span', { className: ['code-frame__title'] }, [text(heading)]), copyButton()]),
    codeBlock(shiki, code, lang || 'text', `${heading} code`),
  ]);
}

/** The terminal transcript of a verified run: `$ command`, then its normalized output. */
export function renderTranscript(view: Pick<VerifiedView, 'command' | 'output'>): Element {
  // Output is text nodes only: whatever a block prints is escaped, never parsed as HTML.
  const lines: ElementContent[] = [h('span', { className: ['transcript__prompt'], ariaHidden: 'true' }, [text('$ ')]), h('span', { className: ['transcript__command'] }, [text(view.command)])];
  if (view.output) lines.push(text(`\n${view.output}`));
  return h('div', { className: ['transcript'], role: 'group', ariaLabel: `Output of ${view.command}` }, [
    h('pre', { className: ['transcript__output'], tabIndex: 0 }, [h('code', {}, lines)]),
  ]);
}

/** The status line and transcript of a verified run, without the code (the code is shown elsewhere). */
export function renderRun(view: VerifiedView): Element {
  return h('div', { className: ['code-frame', 'code-frame--run'], dataOutcome: view.outcome }, [statusLine(view), renderTranscript(view)]);
}

function statusLine(view: VerifiedView): Element {
  const verified = view.status === 'verified';
  return h('p', { className: ['code-frame__status', `code-frame__status--${verified ? 'verified' : 'skipped'}`] }, [
    h('span', { className: ['code-frame__status-icon'], ariaHidden: 'true' }, [text(verified ? '✓' : '–')]),
    text(verified ? ` Verified with Zig ${view.zigVersion} · ${view.label}` : ` ${view.label.replace(/^not verified/, 'Not verified')}`),
  ]);
}

/** A frame for a verified Zig block: code, status line, and transcript. */
export function renderZigFrame(shiki: Highlighter, view: VerifiedView): Element {
  const bar: ElementContent[] = [h('span', { className: ['code-frame__title'] }, [text(view.title)])];
  if (view.titleNote) bar.push(h('span', { className: ['code-frame__note'] }, [text(view.titleNote)]));
  bar.push(copyButton());

  const verified = view.status === 'verified';
  const children: ElementContent[] = [h('figcaption', { className: ['code-frame__bar'] }, bar), codeBlock(shiki, view.code, 'zig', `Zig code: ${view.title}`), statusLine(view)];
  if (verified) children.push(renderTranscript(view));
  return h('figure', { className: ['code-frame', 'code-frame--zig'], dataOutcome: view.outcome, id: `block-${view.id.replace(/[^A-Za-z0-9_-]+/g, '-')}` }, children);
}
