/**
 * Reads a PDF the way the tests and `npm run screenshots` need it (page count, text per page, outline,
 * pages rendered to PNG) with MuPDF's WebAssembly build from npm: nothing
 * from the machine (no poppler) is needed.
 */
import { readFileSync } from 'node:fs';
import * as mupdf from 'mupdf';

export interface OutlineLine {
  title: string;
  /** 1-based page number. */
  page: number;
  level: number;
}

export interface ReadPdf {
  pageCount: number;
  /** Text of each page, in reading order, one line per printed line. */
  pageTexts: string[];
  /** All pages' text. */
  text: string;
  /** The outline (bookmarks), flattened in order. */
  outline: OutlineLine[];
  /** Page `index` (0-based) as a PNG at `dpi`. */
  png(index: number, dpi?: number): Uint8Array;
  /** The text lines of page `index` (0-based) from top to bottom, with where each starts (points from the top): the text order of a PDF need not be the visual one. */
  lines(index: number): { text: string; top: number }[];
}

interface StextJson {
  blocks: { type: string; lines?: { bbox: { y: number }; text: string }[] }[];
}

/** Opens `file` and reads what the tests look at. */
export function readPdf(file: string): ReadPdf {
  const doc = mupdf.Document.openDocument(readFileSync(file), 'application/pdf');
  const pageCount = doc.countPages();
  const pageTexts: string[] = [];
  for (let i = 0; i < pageCount; i++) pageTexts.push(doc.loadPage(i).toStructuredText('preserve-whitespace').asText());
  const outline: OutlineLine[] = [];
  const walk = (items: ReturnType<typeof doc.loadOutline>, level: number) => {
    for (const item of items ?? []) {
      outline.push({ title: item.title ?? '', page: (item.page ?? -1) + 1, level });
      walk(item.down ?? null, level + 1);
    }
  };
  walk(doc.loadOutline(), 1);
  return {
    pageCount,
    pageTexts,
    text: pageTexts.join('\n'),
    outline,
    lines: (index) =>
      (JSON.parse(doc.loadPage(index).toStructuredText('preserve-whitespace').asJSON()) as StextJson).blocks
        .flatMap((block) => block.lines ?? [])
        .map((line) => ({ text: line.text, top: line.bbox.y }))
        .sort((a, b) => a.top - b.top),
    png: (index, dpi = 72) =>
      doc
        .loadPage(index)
        .toPixmap(mupdf.Matrix.scale(dpi / 72, dpi / 72), mupdf.ColorSpace.DeviceRGB, false, true)
        .asPNG(),
  };
}

/** The lines of a print-edition page's text that are its own: without the running header (chapter, course and module) and the page number. */
export function pageContentLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !/^Page \d+ of \d+$/.test(line) && !/^Chapter \d+ · /.test(line) && !/^Zig for Python Developers · Module /.test(line));
}
