/**
 * What a block did (the outcome), and whether that is what the lesson says it
 * does (the verdict). Both are pure functions of what the sandbox observed, so
 * they are unit-tested without Zig.
 */
import type { Expectation, Mode } from '../../../course/extract/fence-meta.ts';

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
  /** Compiled and deliberately not run: a `build` block, or one compiled for another target. */
  | { kind: 'compiled'; target?: string }
  /** Parsed by `zig ast-check` and nothing more: a `syntax` block. */
  | { kind: 'parsed' }
  | { kind: 'compile-error'; message: string }
  | { kind: 'compiler-crashed'; detail: string }
  /** `skipped`: zig test ran tests, but every one of them was skipped. */
  | { kind: 'no-tests'; skipped?: number }
  | { kind: 'test-failed'; summary: string }
  | { kind: 'leaked' }
  | { kind: 'panicked'; message: string }
  /** `error`: the name of the error main returned, when that is why it exited (start.zig prints `error: Name`). */
  | { kind: 'exited'; code: number; error?: string }
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

/** How many tests of a test block's transcript returned error.SkipZigTest (0 when none did or nothing ran). */
export function skippedTestsIn(output: string): number {
  const summary = TEST_SUMMARY.exec(output);
  return summary ? Number(summary[2]) : 0;
}

/** The last `error: Name` line: what start.zig prints when main returns an error. */
const RETURNED_ERROR = /(?:^|\n)error: ([A-Za-z_][A-Za-z0-9_]*)(?=\n|$)/g;

/**
 * Classifies a compile (and, when it compiled, a run) into one outcome. A unit
 * that is not run (build, syntax, another target) has no run; `target` names
 * the target it was compiled for.
 */
export function classifyOutcome(mode: Mode, compile: PhaseObservation, run?: PhaseObservation, target?: string): Outcome {
  if (compile.timedOut) return { kind: 'timed-out', phase: 'compile', timeoutMs: compile.timeoutMs };
  if (compile.exitCode !== 0) {
    const error = COMPILE_ERROR.exec(compile.output) ?? UNLOCATED_ERROR.exec(compile.output);
    if (compile.signal || !error) {
      return { kind: 'compiler-crashed', detail: compile.signal ? `signal ${compile.signal}` : `exit code ${compile.exitCode}` };
    }
    return { kind: 'compile-error', message: error[1]! };
  }
  if (!run) return mode === 'syntax' ? { kind: 'parsed' } : target !== undefined ? { kind: 'compiled', target } : { kind: 'compiled' };
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
  if (run.exitCode !== 0) {
    const returned = run.exitCode === 1 ? [...run.output.matchAll(RETURNED_ERROR)].pop()?.[1] : undefined;
    return returned ? { kind: 'exited', code: 1, error: returned } : { kind: 'exited', code: run.exitCode ?? -1 };
  }
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
    case 'compiled':
      return outcome.target ? `it compiled for ${outcome.target}` : 'it compiled';
    case 'parsed':
      return 'it parsed cleanly';
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
      return `it exited with code ${outcome.code}${outcome.error ? ` (main returned error.${outcome.error})` : ''}`;
    case 'crashed':
      return `it crashed with signal ${outcome.signal}`;
    case 'timed-out':
      return `the ${outcome.phase} timed out after ${outcome.timeoutMs / 1000}s (its whole process group was killed)`;
  }
}

const LABELS: Record<Exclude<Expectation['kind'], 'exit' | 'error'>, string> = {
  pass: 'passes',
  'compile-error': 'compile error, as expected',
  panic: 'panics, as expected',
  leak: 'leak detected, as expected',
  fail: 'test fails, as expected',
};

function labelOf(expect: Expectation, mode: Mode, target: string | undefined): string {
  if (expect.kind === 'exit') return `exits with ${expect.code}, as expected`;
  if (expect.kind === 'error') return `returns error.${expect.name}, as expected`;
  if (expect.kind !== 'pass') return LABELS[expect.kind];
  if (target !== undefined) return `cross-compiled for ${target}, not run`;
  if (mode === 'build') return 'compiles only, not run';
  if (mode === 'syntax') return 'parses (syntax only, not compiled)';
  return mode === 'run' ? 'runs' : LABELS.pass;
}

/**
 * Compares what happened with what the fence promised. An expected failure
 * that does not happen is an error. `target`: the block was compiled for
 * another target and not run.
 */
export function judge(expect: Expectation, outcome: Outcome, output: string, mode: Mode, target?: string): Verdict {
  const label = labelOf(expect, mode, target);
  const fail = (message: string): Verdict => ({ ok: false, message, label });
  const ok: Verdict = { ok: true, message: '', label };
  const expected =
    target !== undefined
      ? `it to compile for ${target}`
      : mode === 'build'
        ? 'it to compile'
        : mode === 'syntax'
          ? 'it to parse'
          : mode === 'test'
            ? 'the tests to pass'
            : 'the program to run cleanly';
  switch (expect.kind) {
    case 'pass':
      if (target !== undefined || mode === 'build' || mode === 'syntax') {
        return outcome.kind === 'compiled' || outcome.kind === 'parsed' ? ok : fail(`expected ${expected}, but ${describe(outcome)}`);
      }
      if (outcome.kind === 'passed') return outcome.skipped ? { ...ok, label: `${label}, ${testCount(outcome.skipped)} skipped` } : ok;
      if (outcome.kind === 'no-tests' && outcome.skipped)
        return fail(`expected the tests to pass, but ${describe(outcome)}: a block must run at least one test`);
      if (outcome.kind === 'no-tests') return fail('the block has no tests: zig test ran 0 tests; add a `test "…" { … }` block, or mark the fence `run`');
      return fail(`expected ${expected}, but ${describe(outcome)}`);
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
    case 'exit':
      if (outcome.kind === 'exited' && outcome.code === expect.code && !outcome.error) return ok;
      if (outcome.kind === 'exited' && outcome.error)
        return fail(
          `expected the program to exit with code ${expect.code}, but main returned error.${outcome.error}; write error="${outcome.error}" to show that`,
        );
      return fail(`expected the program to exit with code ${expect.code}, but ${describe(outcome)}`);
    case 'error':
      if (outcome.kind === 'exited' && outcome.error === expect.name) return ok;
      return fail(`expected main to return error.${expect.name}, but ${describe(outcome)}`);
  }
}
