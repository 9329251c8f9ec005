/**
 * A one-line progress display for long runs, on stderr: blocks done / total
 * and the file of the block that just finished, redrawn in place. Only when
 * stderr is a terminal: in logs and pipes (CI, tests) it prints nothing, so
 * the output stays one diagnostic per failure and one summary line.
 */
import type { VerifyUnit } from '../../../course/extract/unit.ts';

/** What the display needs of a stream (process.stderr, or a test double). */
export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

/** `verify: 12/40 blocks · content/lessons/3.2-pointers.mdx`, cut to fit `width` columns. */
export function formatProgress(done: number, total: number, file: string, width = 80): string {
  const line = `verify: ${done}/${total} blocks · ${file}`;
  if (line.length <= width - 1) return line;
  return `${line.slice(0, Math.max(0, width - 2))}…`;
}

export interface Progress {
  onUnitDone(done: number, total: number, unit: VerifyUnit): void;
  /** Clears the line, so what follows starts on a clean one. */
  finish(): void;
}

/** A progress display on `stream`; does nothing when it is not a TTY. Redraws at most every `intervalMs`. */
export function createProgress(stream: ProgressStream, intervalMs = 100): Progress {
  if (!stream.isTTY) return { onUnitDone: () => {}, finish: () => {} };
  let lastDraw = 0;
  let drawn = false;
  return {
    onUnitDone(done, total, unit) {
      const now = Date.now();
      if (done < total && now - lastDraw < intervalMs) return;
      lastDraw = now;
      drawn = true;
      stream.write(`\r\x1b[K${formatProgress(done, total, unit.sourceFile, stream.columns || 80)}`);
    },
    finish() {
      if (drawn) stream.write('\r\x1b[K');
      drawn = false;
    },
  };
}
