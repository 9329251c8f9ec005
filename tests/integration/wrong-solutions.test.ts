/**
 * An exercise's named wrong solutions run against its real tests: one the
 * tests reject passes verification (and is recorded); one the tests accept is
 * a located error that says the tests have a gap.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { copyFixture, runVerify, type VerifyRun } from '../helpers/run-verify.ts';

let run: VerifyRun;

beforeAll(async () => {
  run = await runVerify(copyFixture('wrong-solutions'));
});

describe('wrong solutions', () => {
  it('verifies the starter, the solution and the wrong solution the tests reject', () => {
    for (const id of ['exercises/9.2-clamp#starter', 'exercises/9.2-clamp#solution', 'exercises/9.2-clamp#wrong_upper_only']) {
      expect(run.byId.get(id)?.status, id).toBe('passed');
    }
    expect(run.byId.get('exercises/9.2-clamp#wrong_upper_only')!.output).toContain('expected 0, found -5');
  });

  it('rejects, at the wrong file, a wrong solution the tests accept', () => {
    expect(run.exitCode).toBe(1);
    const slipped = run.byId.get('exercises/9.2-clamp#wrong_slips_through')!;
    expect(slipped.status).toBe('failed');
    expect(run.stderr + run.stdout).toContain(
      "content/exercises/9.2-clamp/wrong_slips_through.zig:1:1: error: [exercises/9.2-clamp#wrong_slips_through] the exercise's tests accept this wrong solution: every test passed.",
    );
  });
});
