/**
 * Syntax highlighting at build time: Shiki is created once and turns code into
 * hast spans carrying palette classes (see code-theme.ts).
 */
import type { Element, ElementContent } from 'hast';
import { createHighlighter, type BundledLanguage, type BundledTheme, type Highlighter } from 'shiki';
import { colorClass, themes } from './code-theme.ts';

/** Languages a lesson may use in fences; anything else is shown as plain text. */
export const highlightedLanguages = ['zig', 'python', 'bash', 'shell', 'console', 'json', 'yaml', 'text'] as const;

let highlighter: Promise<Highlighter> | undefined;

/** The single Shiki instance, created on first use. */
export function getHighlighter(): Promise<Highlighter> {
  highlighter ??= createHighlighter({
    themes: [themes.light, themes.dark],
    langs: highlightedLanguages.filter((lang) => lang !== 'text'),
  });
  return highlighter;
}

function isKnown(lang: string): boolean {
  return (highlightedLanguages as readonly string[]).includes(lang) && lang !== 'text';
}

/** Highlights `code` into the children of a `<code>` element: one span per line, joined by newlines. */
export function highlightLines(shiki: Highlighter, code: string, lang: string): ElementContent[] {
  const lines: ElementContent[] = [];
  if (!isKnown(lang)) {
    code.split('\n').forEach((line, i) => {
      if (i) lines.push({ type: 'text', value: '\n' });
      lines.push({ type: 'element', tagName: 'span', properties: { className: ['line'] }, children: line ? [{ type: 'text', value: line }] : [] });
    });
    return lines;
  }
  const tokens = shiki.codeToTokensWithThemes(code, {
    lang: lang as BundledLanguage,
    themes: { light: themes.light.name as BundledTheme, dark: themes.dark.name as BundledTheme },
  });
  tokens.forEach((line, i) => {
    if (i) lines.push({ type: 'text', value: '\n' });
    const spans: ElementContent[] = line.map((token) => {
      const light = token.variants.light;
      const classes = [colorClass('light', light?.color), colorClass('dark', token.variants.dark?.color)].filter((c): c is string => !!c);
      // fontStyle is a bit set: 1 italic, 2 bold, 4 underline.
      if (light?.fontStyle && light.fontStyle & 1) classes.push('i');
      if (light?.fontStyle && light.fontStyle & 2) classes.push('b');
      return classes.length
        ? ({ type: 'element', tagName: 'span', properties: { className: classes }, children: [{ type: 'text', value: token.content }] } satisfies Element)
        : { type: 'text', value: token.content };
    });
    lines.push({ type: 'element', tagName: 'span', properties: { className: ['line'] }, children: spans });
  });
  return lines;
}
