/**
 * Turns what a unit printed inside a batch into what it prints on its own.
 * A batch differs from a solo run in exactly these places, all mechanical:
 * - test batches: the runner is zv_test_runner.zig, not Zig's test_runner.zig
 *   (its two frames are mapped to the default runner's lines);
 * - run batches: the dispatcher's frame sits between the block's main and
 *   start.zig, which called the dispatcher's main with Init.Minimal rather
 *   than the block's main with no arguments;
 * - module names in frames are the batch root's, type and test names
 *   carry the unit's folder (zv_unit_N.), and so do paths relative to the
 *   module root, such as @src().file (zv_unit_N/main.zig).
 * Pure, so it is tested on recorded traces.
 */
import type { FrameSite, SoloFrames } from './solo-frames.ts';
import { RUN_ROOT, TEST_ROOT, TEST_RUNNER } from './batch-sources.ts';

export interface RewriteContext {
  kind: 'test' | 'run';
  batchDir: string;
  /** The unit's main file: the module name its frames show on their own. */
  unitMain: string;
  frames: SoloFrames;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const caret = (site: FrameSite) => `${' '.repeat(site.column - 1)}^`;

export function rewriteBatchOutput(raw: string, context: RewriteContext): string {
  const { frames, batchDir } = context;
  let text = raw;
  if (context.kind === 'test') {
    const runner = `${batchDir}/${TEST_RUNNER}`;
    const mapped = new Map([
      [frames.batchTestCall.line, frames.testCall],
      [frames.batchMainTerminalCall.line, frames.mainTerminalCall],
    ]);
    text = text.replace(new RegExp(`${escape(runner)}:(\\d+):(\\d+):`, 'g'), (whole, line: string, column: string) => {
      const site = mapped.get(Number(line));
      return site ? `${frames.testRunnerPath}:${site.line}:${site.column}:` : `${frames.testRunnerPath}:${line}:${column}:`;
    });
    text = text.replaceAll(`(${TEST_RUNNER})`, '(test_runner.zig)').replaceAll(`(${TEST_ROOT})`, `(${context.unitMain})`);
  } else {
    const lines = text.split('\n');
    const out: string[] = [];
    const dispatcherFrame = new RegExp(`^${escape(`${batchDir}/${RUN_ROOT}`)}:\\d+:\\d+: `);
    const minimalFrame = new RegExp(
      `^${escape(frames.startPath)}:${frames.minimalMainCall.line}:${frames.minimalMainCall.column}: (\\S+) in callMain \\(std\\.zig\\)$`,
    );
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (dispatcherFrame.test(line)) {
        i += 2; // the frame, its source line and its caret line
        continue;
      }
      const start = minimalFrame.exec(line);
      if (start) {
        const site = frames.noArgMainCall;
        out.push(`${frames.startPath}:${site.line}:${site.column}: ${start[1]} in callMain (std.zig)`, site.text, caret(site));
        i += 2;
        continue;
      }
      out.push(line);
    }
    text = out.join('\n').replaceAll(`(${RUN_ROOT})`, `(${context.unitMain})`);
  }
  // `zv_unit_N.` in type and test names; `zv_unit_N/` in module-relative paths (@src().file).
  // An absolute path's folder (…/zv_unit_N/x.zig) is left to normalization, which removes the whole run directory.
  return text.replace(/\bzv_unit_\d+\./g, '').replace(/(?<![\w/])zv_unit_\d+\//g, '');
}
