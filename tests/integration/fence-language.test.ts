/**
 * Every word of the fence language through the real Zig: a block that passes
 * (9.3) and a block that fails the right way (9.4) for each. Only the passing
 * ones enter the record, with the label the page shows.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RecordEntry } from '../../scripts/verify/record/record-schema.ts';
import { copyFixture, runVerify, type VerifyRun } from '../helpers/run-verify.ts';

let course: string;
let run: VerifyRun;
let entries: Map<string, RecordEntry>;

beforeAll(async () => {
  course = copyFixture('fence-language');
  run = await runVerify(course);
  const record = JSON.parse(readFileSync(path.join(course, 'snippets/verified/lessons/9.3-fence-words.json'), 'utf8')) as { entries: RecordEntry[] };
  entries = new Map(record.entries.map((entry) => [entry.id, entry]));
}, 300_000);

describe('blocks that do what their fence says', () => {
  it.each([
    ['linker-error', 'compile-error', 'compile error, as expected', 'zig test linker.zig'],
    ['skips-one', 'passed', 'passes, 1 test skipped', 'zig test skips.zig'],
    ['single-quoted', 'compile-error', 'compile error, as expected', 'zig test single.zig'],
    ['escaped-quote', 'compile-error', 'compile error, as expected', 'zig test escaped.zig'],
  ])('%s: %s, "%s", `%s`', (id, outcome, label, command) => {
    expect(run.byId.get(id)?.status, run.byId.get(id)?.message).toBe('passed');
    expect(entries.get(id)).toMatchObject({ outcome, label, command });
  });

  it('records the linker diagnostic, which has no file:line:col', () => {
    expect(entries.get('linker-error')!.output).toContain('error: undefined symbol: not_defined_anywhere');
  });

  it('prints a program\'s file and anonymous type names as it does alone (batch-equivalence compares the two)', () => {
    expect(entries.get('src-file')!.output).toBe('p3_src.zig\np3_src.main__struct_<n>\np3_src.main__union_<n>\np3_src.main__enum_<n>\np3_src.main__opaque_<n>');
    expect(entries.get('src-file-test')!.output).toContain('...p4_src.zig p4_src.test.names__struct_<n>');
  });

  it('shows the skipped test in the transcript', () => {
    expect(entries.get('skips-one')!.output).toContain('2/2 skips.test.needs a GPU...SKIP\n1 passed; 1 skipped; 0 failed.');
  });
});

describe('blocks that do not', () => {
  it.each([
    ['all-skipped', 'expected the tests to pass, but every test was skipped (1 test returned error.SkipZigTest): a block must run at least one test'],
  ])('%s: %s', (id, message) => {
    const result = run.byId.get(id)!;
    expect(result.status).toBe('failed');
    expect(result.message).toBe(message);
  });

  it('records none of them', () => {
    expect(() => readFileSync(path.join(course, 'snippets/verified/lessons/9.4-fence-misuse.json'), 'utf8')).toThrow();
  });
});
