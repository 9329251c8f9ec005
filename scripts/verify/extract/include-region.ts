/**
 * `include="listings/model.zig#weights"`: a lesson shows one region of a longer
 * file under snippets/, while the whole file is what gets verified.
 *
 *     // ANCHOR: weights
 *     ...shown...
 *     // ANCHOR_END: weights
 *
 * Anchor marker lines (of any anchor) never appear in what is shown, and the
 * region is dedented so it reads as a standalone excerpt.
 */
import type { DisplayView } from './hidden-lines.ts';

const ANCHOR = /^\s*\/\/\s*ANCHOR:\s*([A-Za-z0-9_-]+)\s*$/;
const ANCHOR_END = /^\s*\/\/\s*ANCHOR_END:\s*([A-Za-z0-9_-]+)\s*$/;

export type RegionResult = { ok: true; view: DisplayView; firstLine: number } | { ok: false; message: string; fix: string };

function dedent(lines: string[]): string[] {
  const indents = lines.filter((line) => line.trim() !== '').map((line) => /^ */.exec(line)![0].length);
  const common = indents.length ? Math.min(...indents) : 0;
  return lines.map((line) => line.slice(common));
}

/** Lists the anchors a file defines, in order. */
export function listAnchors(fileText: string): string[] {
  const anchors: string[] = [];
  for (const line of fileText.split('\n')) {
    const match = ANCHOR.exec(line);
    if (match) anchors.push(match[1]!);
  }
  return anchors;
}

/** Picks the region to show: the anchor's lines, or the whole file without anchor markers. */
export function extractRegion(fileText: string, anchor: string | undefined): RegionResult {
  const lines = fileText.replace(/\n$/, '').split('\n');
  let start = 0;
  let end = lines.length;
  if (anchor !== undefined) {
    const open = lines.findIndex((line) => ANCHOR.exec(line)?.[1] === anchor);
    if (open < 0) {
      const known = listAnchors(fileText);
      return {
        ok: false,
        message: `anchor "${anchor}" not found`,
        fix: known.length
          ? `use one of the anchors this file defines: ${known.join(', ')}`
          : `mark the region with "// ANCHOR: ${anchor}" and "// ANCHOR_END: ${anchor}"`,
      };
    }
    const close = lines.findIndex((line, i) => i > open && ANCHOR_END.exec(line)?.[1] === anchor);
    if (close < 0) return { ok: false, message: `anchor "${anchor}" is never closed`, fix: `add "// ANCHOR_END: ${anchor}" after the region` };
    start = open + 1;
    end = close;
  }
  const shown: string[] = [];
  const lineMap: number[] = [];
  for (let i = start; i < end; i++) {
    if (ANCHOR.test(lines[i]!) || ANCHOR_END.test(lines[i]!)) continue;
    shown.push(lines[i]!);
    lineMap.push(i + 1);
  }
  if (!shown.some((line) => line.trim() !== '')) {
    return { ok: false, message: `anchor "${anchor}" marks an empty region`, fix: 'put the lines to show between the markers' };
  }
  return { ok: true, view: { code: dedent(shown).join('\n'), lineMap }, firstLine: lineMap[0]! };
}
