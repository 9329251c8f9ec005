/**
 * Hidden lines: boilerplate a lesson compiles but does not show.
 *
 *     // hide-start
 *     const std = @import("std");
 *     // hide-end
 *
 * The markers are ordinary Zig comments, so the compiled file is the fence
 * text exactly as written and compiler line numbers map one-to-one onto the
 * lesson source. Only the displayed copy drops the region.
 */

export const HIDE_START = '// hide-start';
export const HIDE_END = '// hide-end';

export interface DisplayView {
  /** The code a reader sees (and copies). */
  code: string;
  /** For each displayed line (0-based index), the 1-based line it came from in the compiled file. */
  lineMap: number[];
}

export interface HiddenLinesProblem {
  /** 1-based line in the code block. */
  line: number;
  message: string;
  fix: string;
}

export type HiddenLinesResult = { ok: true; view: DisplayView } | { ok: false; problem: HiddenLinesProblem };

/** Splits code into what is compiled (all of it) and what is shown (all but hidden regions). */
export function applyHiddenLines(code: string): HiddenLinesResult {
  const lines = code.split('\n');
  const shown: string[] = [];
  const lineMap: number[] = [];
  let openedAt = 0;
  for (let i = 0; i < lines.length; i++) {
    const marker = lines[i]!.trim();
    if (marker === HIDE_START) {
      if (openedAt) {
        return {
          ok: false,
          problem: {
            line: i + 1,
            message: `"${HIDE_START}" inside a hidden region opened on line ${openedAt}`,
            fix: `close the first region with "${HIDE_END}" before opening another`,
          },
        };
      }
      openedAt = i + 1;
    } else if (marker === HIDE_END) {
      if (!openedAt) {
        return {
          ok: false,
          problem: {
            line: i + 1,
            message: `"${HIDE_END}" without a matching "${HIDE_START}"`,
            fix: `add "${HIDE_START}" above the lines to hide, or remove this marker`,
          },
        };
      }
      openedAt = 0;
    } else if (!openedAt) {
      shown.push(lines[i]!);
      lineMap.push(i + 1);
    }
  }
  if (openedAt) {
    return {
      ok: false,
      problem: { line: openedAt, message: `hidden region opened here is never closed`, fix: `add "${HIDE_END}" after the last line to hide` },
    };
  }
  // Hidden regions at the edges would leave blank lines that only existed to separate them.
  while (shown.length && shown[0]!.trim() === '') {
    shown.shift();
    lineMap.shift();
  }
  while (shown.length && shown[shown.length - 1]!.trim() === '') {
    shown.pop();
    lineMap.pop();
  }
  return { ok: true, view: { code: shown.join('\n'), lineMap } };
}
