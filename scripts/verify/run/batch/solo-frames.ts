/**
 * Where Zig's own runner and start code sit in a solo run's stack traces, read
 * from the pinned Zig's sources (so nothing here is hard-coded per version),
 * and where the batch's stand-ins sit. rewrite-output.ts uses this to turn a
 * batch trace back into the trace the unit prints on its own.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface FrameSite {
  line: number;
  /** 1-based column of the call's opening parenthesis: where Zig's traces point. */
  column: number;
  /** The source line as printed under the frame. */
  text: string;
}

export interface SoloFrames {
  /** The default test runner's file, and its two call sites that appear in traces. */
  testRunnerPath: string;
  testCall: FrameSite;
  mainTerminalCall: FrameSite;
  /** start.zig's calls of a program's main: with no parameters, and with Init.Minimal. */
  startPath: string;
  noArgMainCall: FrameSite;
  minimalMainCall: FrameSite;
  /** The same two calls in the batch test runner. */
  batchTestCall: FrameSite;
  batchMainTerminalCall: FrameSite;
}

function site(source: string, file: string, lineText: string, callee: string, after = 0): FrameSite {
  const lines = source.split('\n');
  const index = lines.findIndex((line, i) => i >= after && line === lineText);
  if (index < 0) throw new Error(`batch: ${file} has no line ${JSON.stringify(lineText)}; batching cannot map its stack traces`);
  return { line: index + 1, column: lineText.indexOf(callee) + callee.length + 1, text: lineText };
}

/** Reads the call sites from Zig's lib directory and the batch runner's source. */
export function readSoloFrames(zigLibDir: string, batchRunnerSource: string): SoloFrames {
  const testRunnerPath = path.join(zigLibDir, 'compiler', 'test_runner.zig');
  const startPath = path.join(zigLibDir, 'std', 'start.zig');
  const runner = readFileSync(testRunnerPath, 'utf8');
  const start = readFileSync(startPath, 'utf8');
  const mainTerminalAt = runner.split('\n').findIndex((line) => line.startsWith('fn mainTerminal('));
  return {
    testRunnerPath,
    testCall: site(runner, testRunnerPath, '        if (test_fn.func()) |_| {', 'test_fn.func', mainTerminalAt),
    mainTerminalCall: site(runner, testRunnerPath, '        return mainTerminal(init);', 'mainTerminal'),
    startPath,
    noArgMainCall: site(start, startPath, '    if (fn_info.param_types.len == 0) return wrapMain(root.main());', 'root.main'),
    minimalMainCall: site(start, startPath, '    if (fn_info.param_types[0].? == std.process.Init.Minimal) return wrapMain(root.main(.{', 'root.main'),
    batchTestCall: site(batchRunnerSource, 'batch test runner', '        if (test_fn.func()) |_| {', 'test_fn.func'),
    batchMainTerminalCall: site(batchRunnerSource, 'batch test runner', '        return mainTerminal(init);', 'mainTerminal'),
  };
}
