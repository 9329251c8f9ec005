/**
 * What a block did (the outcome), and whether that is what the lesson says it
 * does (the verdict). Both are pure functions of what the sandbox observed, so
 * they are unit-tested without Zig.
 */
import type { Expectation, Mode } from '../extract/fence-meta.ts';

/** What was observed of one phase (compile or run). */
export interface PhaseObservation {
  exitCode: number | null;
  signal: string | null;
  timedOut: boolean;
  timeoutMs: number;
  /** Normalized output of the phase. */
  output: string;
}

export type Outcome =
  /** `skipped`: tests that returned error.SkipZigTest (present only when some did). */
  | { kind: 'passed'; skipped?: number }
  | { kind: 'compile-error'; message: string }
  | { kind: 'compiler-crashed'; detail: string }
  /** `skipped`: zig test ran tests, but every one of them was skipped. */
  | { kind: 'no-tests'; skipped?: number }
  | { kind: 'test-failed'; summary: string }
  | { kind: 'leaked' }
  | { kind: 'panicked'; message: string }
  | { kind: 'exited'; code: number }
  | { kind: 'crashed'; signal: string }
  | { kind: 'timed-out'; phase: 'compile' | 'run'; timeoutMs: number };

// The test runner prints "1/1 name..." before running a test, so a panic may start mid-line.
const PANIC = /(?:^|\n|\.\.\.)(?:thread \S+ )?panic: ([^\n]*)/;
const TEST_SUMMARY = /(?:^|\n)(\d+) passed; (\d+) skipped; (\d+) failed\./;
const ALL_PASSED = /(?:^|\n)All (\d+) tests passed\./;
const TEST_LEAKS = /(?:^|\n)\d+ tests? leaked memory\./;
const RUN_LEAK = /error\((?:DebugAllocator|SafeAllocator|gpa)\): (?:memory address \S+ leaked|leaked \[)/;
const COMPILE_ERROR = /(?:^|\n)\S+?:\d+:\d+: error: ([^\n]*)/;
// The linker and the driver report errors without a source location: `error: undefined symbol: x`.
const UNLOCATED_ERROR = /(?:^|\n)error: ([^\n]*)/;

/** Classifies a compile (and, when it compiled, a run) into one outcome. */
export function classifyOutcome(mode: Mode, compile: PhaseObservation, run?: PhaseObservation): Outcome {
  if (compile.timedOut) return { kind: 'timed-out', phase: 'compile', timeoutMs: compile.timeoutMs };
  if (compile.exitCode !== 0) {
    const error = COMPILE_ERROR.exec(compile.output) ?? UNLOCATED_ERROR.exec(compile.output);
    if (compile.signal || !error) {
      return { kind: 'compiler-crashed', detail: compile.signal ? `signal ${compile.signal}` : `exit code ${compile.exitCode}` };
    }
    return { kind: 'compile-error', message: error[1]! };
  }
  if (!run) return { kind: 'compiler-crashed', detail: 'nothing was run' };
  if (run.timedOut) return { kind: 'timed-out', phase: 'run', timeoutMs: run.timeoutMs };

  const panic = PANIC.exec(run.output);
  if (panic && (run.signal || run.exitCode !== 0)) return { kind: 'panicked', message: panic[1]! };
  if (run.signal) return { kind: 'crashed', signal: run.signal };

  if (mode === 'test') {
    const summary = TEST_SUMMARY.exec(run.output);
    if (summary && Number(summary[3]) > 0) return { kind: 'test-failed', summary: summary[0].trim() };
    if (TEST_LEAKS.test(run.output)) return { kind: 'leaked' };
    const allPassed = ALL_PASSED.exec(run.output);
    if (allPassed && Number(allPassed[1]) === 0) return { kind: 'no-tests' };
    if (run.exitCode !== 0) return { kind: 'test-failed', summary: summary?.[0].trim() ?? `the test binary exited with code ${run.exitCode}` };
    if (allPassed) return { kind: 'passed' };
    // "1 passed; 1 skipped; 0 failed." and exit 0: some tests returned error.SkipZigTest.
    if (!summary) return { kind: 'test-failed', summary: 'the test runner printed no summary' };
    const [passed, skipped] = [Number(summary[1]), Number(summary[2])];
    if (passed === 0) return { kind: 'no-tests', skipped };
    return skipped > 0 ? { kind: 'passed', skipped } : { kind: 'passed' };
  }

  if (RUN_LEAK.test(run.output)) return { kind: 'leaked' };
  if (run.exitCode !== 0) return { kind: 'exited', code: run.exitCode ?? -1 };
  return { kind: 'passed' };
}

export interface Verdict {
  ok: boolean;
  /** For failures: what was expected and what happened instead. */
  message: string;
  /** For the site's status line: "passes", "compile error, as expected", … */
  label: string;
}

const testCount = (n: number) => `${n} test${n === 1 ? '' : 's'}`;

function describe(outcome: Outcome): string {
  switch (outcome.kind) {
    case 'passed':
      return 'it compiled and ran cleanly';
    case 'compile-error':
      return `it failed to compile: ${outcome.message}`;
    case 'compiler-crashed':
      return `the compiler failed without a diagnostic (${outcome.detail})`;
    case 'no-tests':
      return outcome.skipped ? `every test was skipped (${testCount(outcome.skipped)} returned error.SkipZigTest)` : 'zig test ran 0 tests';
    case 'test-failed':
      return `a test failed (${outcome.summary})`;
    case 'leaked':
      return 'memory leaked';
    case 'panicked':
      return `it panicked: ${outcome.message}`;
    case 'exited':
      return `it exited with code ${outcome.code}`;
    case 'crashed':
      return `it crashed with signal ${outcome.signal}`;
    case 'timed-out':
      return `the ${outcome.phase} timed out after ${outcome.timeoutMs / 1000}s (its whole process group was killed)`;
  }
}

const LABELS: Record<Expectation['kind'], string> = {
  pass: 'passes',
  'compile-error': 'compile error, as expected',
  panic: 'panics, as expected',
  leak: 'leak detected, as expected',
  fail: 'test fails, as expected',
};

/** Compares what happened with what the fence promised. An expected failure that does not happen is an error. */
export function judge(expect: Expectation, outcome: Outcome, output: string, mode: Mode): Verdict {
  const label = expect.kind === 'pass' && mode === 'run' ? 'runs' : LABELS[expect.kind];
  const fail = (message: string): Verdict => ({ ok: false, message, label });
  const ok: Verdict = { ok: true, message: '', label };
  switch (expect.kind) {
    case 'pass':
      if (outcome.kind === 'passed') return outcome.skipped ? { ...ok, label: `${label}, ${testCount(outcome.skipped)} skipped` } : ok;
      if (outcome.kind === 'no-tests' && outcome.skipped) return fail(`expected the tests to pass, but ${describe(outcome)}: a block must run at least one test`);
      if (outcome.kind === 'no-tests') return fail('the block has no tests: zig test ran 0 tests; add a `test "…" { … }` block, or mark the fence `run`');
      return fail(`expected the ${mode === 'test' ? 'tests to pass' : 'program to run cleanly'}, but ${describe(outcome)}`);
    case 'compile-error':
      if (outcome.kind !== 'compile-error') return fail(`expected a compile error containing "${expect.text}", but ${describe(outcome)}`);
      if (!output.includes(expect.text)) return fail(`it failed to compile, but the diagnostics do not contain "${expect.text}"`);
      return ok;
    case 'panic':
      if (outcome.kind !== 'panicked') return fail(`expected a panic containing "${expect.text}", but ${describe(outcome)}`);
      if (!outcome.message.includes(expect.text)) return fail(`it panicked with "${outcome.message}", which does not contain "${expect.text}"`);
      return ok;
    case 'leak':
      if (outcome.kind !== 'leaked') return fail(`expected a detected leak, but ${describe(outcome)}`);
      return ok;
    case 'fail':
      if (outcome.kind !== 'test-failed') return fail(`expected a failing test with "${expect.text}", but ${describe(outcome)}`);
      if (!output.includes(expect.text)) return fail(`a test failed, but the output does not contain "${expect.text}"`);
      return ok;
  }
}
