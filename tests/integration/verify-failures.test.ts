/**
 * Blocks that do not do what their fence says: each is reported as what it
 * is, at the right place, and none of them enters the record.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyFixture, runVerify, type VerifyRun } from '../helpers/run-verify.ts';

let course: string;
let run: VerifyRun;

beforeAll(async () => {
  course = copyFixture('failing');
  run = await runVerify(course);
});

describe('wrong outcomes', () => {
  it('exits 1 and counts every failure', () => {
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('verify: 1 passed, 14 failed, 0 blocks skipped, 0 tests skipped (0 cached)');
  });

  it.each([
    ['pass-but-compile-error', "expected the tests to pass, but it failed to compile: type 'u8' cannot represent integer value '300'"],
    ['compile-error-but-compiles', 'expected a compile error containing "cannot represent", but it compiled and ran cleanly'],
    ['compile-error-wrong-text', 'it failed to compile, but the diagnostics do not contain "this phrase is not in the message"'],
    ['panic-but-passes', 'expected a panic containing "index out of bounds", but it compiled and ran cleanly'],
    ['panic-wrong-text', 'it panicked with "integer overflow", which does not contain "division by zero"'],
    ['leak-but-no-leak', 'expected a detected leak, but it compiled and ran cleanly'],
    ['test-leaks', 'expected the tests to pass, but memory leaked'],
    ['run-leaks', 'expected the program to run cleanly, but memory leaked'],
    ['times-out', 'expected the program to run cleanly, but the run timed out after 1s (its whole process group was killed)'],
    ['no-tests', 'the block has no tests: zig test ran 0 tests'],
    ['exits-nonzero', 'expected the program to run cleanly, but it exited with code 1'],
    ['fail-but-passes', 'expected a failing test with "expected", but it compiled and ran cleanly'],
    ['test-fails', 'expected the tests to pass, but a test failed (0 passed; 0 skipped; 1 failed.)'],
    ['crashes', 'expected the program to run cleanly, but it crashed with signal SIGABRT'],
  ])('%s: %s', (id, message) => {
    const result = run.byId.get(id)!;
    expect(result.status).toBe('failed');
    expect(result.message.startsWith(message)).toBe(true);
    expect(run.stderr).toContain(`: error: [${id}] ${message}`);
  });

  it('points a compile error and a leak at the lesson line that caused them', () => {
    const lines = readFileSync(path.join(course, 'content/lessons/9.1-wrong-outcomes.mdx'), 'utf8').split('\n');
    const compile = run.byId.get('pass-but-compile-error')!;
    expect(lines[compile.line - 1]).toContain('const small: u8 = 300;');
    expect(compile.column).toBe(lines[compile.line - 1]!.indexOf('300') + 1);
    const leak = run.byId.get('test-leaks')!;
    expect(lines[leak.line - 1]).toContain('std.testing.allocator.alloc');
  });

  it('caps a 45 MB flood of output with a visible marker and still judges the exit', () => {
    const flood = run.byId.get('floods')!;
    expect(flood.status).toBe('passed');
    expect(flood.output.length).toBeLessThan(70_000);
    expect(flood.output).toMatch(/\[output truncated: showing the first 65536 of \d+ bytes\]$/);
  });

  it('kills a run that does not end at its time limit', () => {
    const timeout = run.byId.get('times-out')!;
    expect(timeout.output).toContain('[killed after the 1s time limit]');
    expect(timeout.durationMs).toBeLessThan(30_000);
  });

  it('records only what passed', () => {
    const record = JSON.parse(readFileSync(path.join(course, 'snippets/verified/lessons/9.1-wrong-outcomes.json'), 'utf8'));
    expect(record.entries.map((e: { id: string }) => e.id)).toEqual(['floods']);
  });
});
