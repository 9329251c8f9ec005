import { describe, expect, it } from 'vitest';
import { classifyOutcome, judge, type PhaseObservation } from '../../scripts/verify/run/outcome.ts';

const phase = (output: string, exitCode: number | null = 0, extra: Partial<PhaseObservation> = {}): PhaseObservation => ({
  exitCode,
  signal: null,
  timedOut: false,
  timeoutMs: 5000,
  output,
  ...extra,
});
const compiled = phase('');

describe('classifyOutcome', () => {
  it('tells compile errors from compiler crashes and timeouts', () => {
    expect(classifyOutcome('test', phase("a.zig:3:19: error: type 'u8' cannot represent integer value '300'", 1))).toEqual({
      kind: 'compile-error',
      message: "type 'u8' cannot represent integer value '300'",
    });
    expect(classifyOutcome('test', phase('LLVM ERROR: out of memory', 1))).toEqual({ kind: 'compiler-crashed', detail: 'exit code 1' });
    expect(classifyOutcome('test', phase('', null, { signal: 'SIGSEGV' }))).toMatchObject({ kind: 'compiler-crashed' });
    expect(classifyOutcome('test', phase('', null, { timedOut: true, timeoutMs: 120000 }))).toEqual({ kind: 'timed-out', phase: 'compile', timeoutMs: 120000 });
  });
  it('counts a diagnostic without a source location (the linker, the driver) as a compile error', () => {
    const linker = 'error: undefined symbol: not_defined_anywhere\n    note: referenced by u.o:u.test_0';
    expect(classifyOutcome('test', phase(linker, 1))).toEqual({ kind: 'compile-error', message: 'undefined symbol: not_defined_anywhere' });
    expect(judge({ kind: 'compile-error', text: 'undefined symbol' }, classifyOutcome('test', phase(linker, 1)), linker, 'test').ok).toBe(true);
    // A located error still wins over an unlocated one printed first.
    expect(classifyOutcome('test', phase('error: x\na.zig:1:1: error: y', 1))).toEqual({ kind: 'compile-error', message: 'y' });
  });
  it('classifies test runs', () => {
    expect(classifyOutcome('test', compiled, phase('1/1 a.test.x...OK\nAll 1 tests passed.'))).toEqual({ kind: 'passed' });
    expect(classifyOutcome('test', compiled, phase('All 0 tests passed.'))).toEqual({ kind: 'no-tests' });
    expect(classifyOutcome('test', compiled, phase('0 passed; 0 skipped; 1 failed.', 1))).toEqual({
      kind: 'test-failed',
      summary: '0 passed; 0 skipped; 1 failed.',
    });
    expect(classifyOutcome('test', compiled, phase('All 1 tests passed.\n1 errors were logged.\n1 tests leaked memory.', 1))).toEqual({ kind: 'leaked' });
    expect(classifyOutcome('test', compiled, phase('1/1 a.test.x...thread 9 panic: integer overflow\n', null, { signal: 'SIGABRT' }))).toEqual({
      kind: 'panicked',
      message: 'integer overflow',
    });
    expect(classifyOutcome('test', compiled, phase('Segmentation fault at address 0x10', null, { signal: 'SIGSEGV' }))).toEqual({
      kind: 'crashed',
      signal: 'SIGSEGV',
    });
    expect(classifyOutcome('test', compiled, phase('', null, { timedOut: true }))).toEqual({ kind: 'timed-out', phase: 'run', timeoutMs: 5000 });
  });
  it('passes a test block whose skipped tests are counted, when at least one test ran and none failed', () => {
    const output = '1/2 s.test.a...OK\n2/2 s.test.b...SKIP\n1 passed; 1 skipped; 0 failed.';
    expect(classifyOutcome('test', compiled, phase(output))).toEqual({ kind: 'passed', skipped: 1 });
    expect(judge({ kind: 'pass' }, { kind: 'passed', skipped: 1 }, output, 'test')).toEqual({ ok: true, message: '', label: 'passes, 1 test skipped' });
    expect(classifyOutcome('test', compiled, phase('1/2 s.test.a...SKIP\n2/2 s.test.b...SKIP\n0 passed; 2 skipped; 0 failed.'))).toEqual({
      kind: 'no-tests',
      skipped: 2,
    });
    expect(judge({ kind: 'pass' }, { kind: 'no-tests', skipped: 2 }, '', 'test').message).toBe(
      'expected the tests to pass, but every test was skipped (2 tests returned error.SkipZigTest): a block must run at least one test',
    );
    expect(classifyOutcome('test', compiled, phase('1 passed; 1 skipped; 1 failed.', 1))).toEqual({
      kind: 'test-failed',
      summary: '1 passed; 1 skipped; 1 failed.',
    });
  });
  it('classifies program runs', () => {
    expect(classifyOutcome('run', compiled, phase('hello'))).toEqual({ kind: 'passed' });
    expect(classifyOutcome('run', compiled, phase('error: Boom', 1))).toEqual({ kind: 'exited', code: 1, error: 'Boom' });
    expect(classifyOutcome('run', compiled, phase('error: Boom\nmain.zig:1:23: <addr> in main (main.zig)', 1))).toEqual({
      kind: 'exited',
      code: 1,
      error: 'Boom',
    });
    expect(classifyOutcome('run', compiled, phase('error: not an error name, a message', 1))).toEqual({ kind: 'exited', code: 1 });
    expect(classifyOutcome('run', compiled, phase('bye', 3))).toEqual({ kind: 'exited', code: 3 });
    expect(classifyOutcome('run', compiled, phase('error(DebugAllocator): memory address 0x1 leaked:\n'))).toEqual({ kind: 'leaked' });
    expect(classifyOutcome('run', compiled, phase('error(SafeAllocator): leaked [addr: 1, len: 1]'))).toEqual({ kind: 'leaked' });
    expect(classifyOutcome('run', compiled, phase('thread 1 panic: reached unreachable code', 134, { signal: 'SIGABRT' }))).toEqual({
      kind: 'panicked',
      message: 'reached unreachable code',
    });
    // A program that prints the word "panic:" and exits cleanly did not panic.
    expect(classifyOutcome('run', compiled, phase('panic: just a word'))).toEqual({ kind: 'passed' });
  });
});

describe('blocks that are not run', () => {
  it('classifies a clean compile without a run as compiled, or parsed for syntax', () => {
    expect(classifyOutcome('build', compiled)).toEqual({ kind: 'compiled' });
    expect(classifyOutcome('run', compiled, undefined, 'aarch64-linux')).toEqual({ kind: 'compiled', target: 'aarch64-linux' });
    expect(classifyOutcome('syntax', compiled)).toEqual({ kind: 'parsed' });
    expect(classifyOutcome('syntax', phase('example.zig:1:5: error: expected expression', 1))).toEqual({
      kind: 'compile-error',
      message: 'expected expression',
    });
  });
  it('labels them so the page can say they were not run', () => {
    expect(judge({ kind: 'pass' }, { kind: 'compiled' }, '', 'build')).toEqual({ ok: true, message: '', label: 'compiles only, not run' });
    expect(judge({ kind: 'pass' }, { kind: 'compiled', target: 'aarch64-linux' }, '', 'run', 'aarch64-linux').label).toBe(
      'cross-compiled for aarch64-linux, not run',
    );
    expect(judge({ kind: 'pass' }, { kind: 'parsed' }, '', 'syntax').label).toBe('parses (syntax only, not compiled)');
    expect(judge({ kind: 'pass' }, { kind: 'compile-error', message: 'not for wasm' }, '', 'build', 'wasm32-freestanding').message).toBe(
      'expected it to compile for wasm32-freestanding, but it failed to compile: not for wasm',
    );
    expect(judge({ kind: 'pass' }, { kind: 'compile-error', message: 'expected expression' }, '', 'syntax').message).toBe(
      'expected it to parse, but it failed to compile: expected expression',
    );
  });
});

describe('exit and error', () => {
  it('passes the promised exit code, and the promised error', () => {
    expect(judge({ kind: 'exit', code: 3 }, { kind: 'exited', code: 3 }, '', 'run')).toEqual({ ok: true, message: '', label: 'exits with 3, as expected' });
    expect(judge({ kind: 'error', name: 'Boom' }, { kind: 'exited', code: 1, error: 'Boom' }, '', 'run')).toEqual({
      ok: true,
      message: '',
      label: 'returns error.Boom, as expected',
    });
  });
  it('fails anything else, saying what happened', () => {
    expect(judge({ kind: 'exit', code: 3 }, { kind: 'exited', code: 2 }, '', 'run').message).toBe(
      'expected the program to exit with code 3, but it exited with code 2',
    );
    expect(judge({ kind: 'exit', code: 3 }, { kind: 'passed' }, '', 'run').message).toBe(
      'expected the program to exit with code 3, but it compiled and ran cleanly',
    );
    expect(judge({ kind: 'exit', code: 134 }, { kind: 'panicked', message: 'oops' }, '', 'run').message).toBe(
      'expected the program to exit with code 134, but it panicked: oops',
    );
    expect(judge({ kind: 'exit', code: 1 }, { kind: 'exited', code: 1, error: 'Boom' }, '', 'run').message).toBe(
      'expected the program to exit with code 1, but main returned error.Boom; write error="Boom" to show that',
    );
    expect(judge({ kind: 'error', name: 'Boom' }, { kind: 'exited', code: 1, error: 'Bang' }, '', 'run').message).toBe(
      'expected main to return error.Boom, but it exited with code 1 (main returned error.Bang)',
    );
    expect(judge({ kind: 'error', name: 'Boom' }, { kind: 'passed' }, '', 'run').message).toBe(
      'expected main to return error.Boom, but it compiled and ran cleanly',
    );
  });
});

describe('judge', () => {
  it('accepts the promised outcome', () => {
    expect(judge({ kind: 'pass' }, { kind: 'passed' }, '', 'test')).toEqual({ ok: true, message: '', label: 'passes' });
    expect(judge({ kind: 'pass' }, { kind: 'passed' }, '', 'run').label).toBe('runs');
    expect(
      judge({ kind: 'compile-error', text: 'never mutated' }, { kind: 'compile-error', message: 'x' }, 'error: local variable is never mutated', 'test'),
    ).toMatchObject({ ok: true, label: 'compile error, as expected' });
    expect(judge({ kind: 'panic', text: 'out of bounds' }, { kind: 'panicked', message: 'index out of bounds: index 3' }, '', 'run')).toMatchObject({
      ok: true,
      label: 'panics, as expected',
    });
    expect(judge({ kind: 'leak' }, { kind: 'leaked' }, '', 'test')).toMatchObject({ ok: true, label: 'leak detected, as expected' });
    expect(judge({ kind: 'fail', text: 'expected 5' }, { kind: 'test-failed', summary: '' }, 'expected 5, found 4', 'test')).toMatchObject({
      ok: true,
      label: 'test fails, as expected',
    });
  });
  it('fails an expected failure that does not happen', () => {
    expect(judge({ kind: 'compile-error', text: 'x' }, { kind: 'passed' }, '', 'test').message).toBe(
      'expected a compile error containing "x", but it compiled and ran cleanly',
    );
    expect(judge({ kind: 'panic', text: 'x' }, { kind: 'passed' }, '', 'run').ok).toBe(false);
    expect(judge({ kind: 'leak' }, { kind: 'passed' }, '', 'run').message).toBe('expected a detected leak, but it compiled and ran cleanly');
    expect(judge({ kind: 'fail', text: 'x' }, { kind: 'passed' }, '', 'test').ok).toBe(false);
  });
  it('fails the right outcome with the wrong message', () => {
    expect(judge({ kind: 'compile-error', text: 'nope' }, { kind: 'compile-error', message: 'x' }, 'error: x', 'test').message).toBe(
      'it failed to compile, but the diagnostics do not contain "nope"',
    );
    expect(judge({ kind: 'panic', text: 'division' }, { kind: 'panicked', message: 'integer overflow' }, '', 'run').message).toBe(
      'it panicked with "integer overflow", which does not contain "division"',
    );
  });
  it('reports crashes, timeouts and exits as what they are', () => {
    expect(judge({ kind: 'pass' }, { kind: 'crashed', signal: 'SIGSEGV' }, '', 'run').message).toContain('crashed with signal SIGSEGV');
    expect(judge({ kind: 'pass' }, { kind: 'exited', code: 3 }, '', 'run').message).toContain('exited with code 3');
    expect(judge({ kind: 'pass' }, { kind: 'timed-out', phase: 'run', timeoutMs: 2000 }, '', 'run').message).toContain('timed out after 2s');
    expect(judge({ kind: 'pass' }, { kind: 'no-tests' }, '', 'test').message).toContain('zig test ran 0 tests');
  });
});
