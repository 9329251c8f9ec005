/**
 * Authoring mistakes: each is a located error with a why and a fix, the run
 * exits 1, and the verified record is left exactly as it was.
 */
import { cpSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyFixture, fixturesDir, runVerify, snapshotDir, type VerifyRun } from '../helpers/run-verify.ts';

let run: VerifyRun;
let recordBefore: Record<string, string>;
let recordAfter: Record<string, string>;

beforeAll(async () => {
  const course = path.join(copyFixture('bad-input'), 'good');
  const first = await runVerify(course);
  if (first.exitCode !== 0) throw new Error(`the good version must verify:\n${first.stderr}`);
  recordBefore = snapshotDir(path.join(course, 'snippets', 'verified'));
  cpSync(path.join(fixturesDir, 'bad-input', 'bad', 'content'), path.join(course, 'content'), { recursive: true });
  run = await runVerify(course);
  recordAfter = snapshotDir(path.join(course, 'snippets', 'verified'));
});

describe('bad authoring input', () => {
  it('exits 1 and leaves the record byte for byte as it was', () => {
    expect(run.exitCode).toBe(1);
    expect(Object.keys(recordBefore).length).toBeGreaterThan(5);
    expect(recordAfter).toEqual(recordBefore);
  });

  it.each([
    ['7.1-fence-errors.mdx:10:8', 'unknown word "tset" in a zig fence', 'did you mean "test"?'],
    ['7.1-fence-errors.mdx:14:21', 'unknown key "colour" in a zig fence', 'remove it, or use one of'],
    ['7.1-fence-errors.mdx:18:22', 'skip="" needs the reason this block is not verified', 'write skip='],
    ['7.1-fence-errors.mdx:22:1', 'included file snippets/listings/unknown.zig does not exist', 'create snippets/listings/unknown.zig'],
    ['7.1-fence-errors.mdx:25:1', 'anchor "nope" not found in snippets/listings/known.zig', 'use one of the anchors this file defines: known'],
    ['7.1-fence-errors.mdx:32:1', 'duplicate block name "b-dup-1"', 'rename one of the blocks'],
    ['7.2-hints.mdx:14:1', 'hint tier 3 where tier 2 was expected', 'number the tiers 1, 2, 3, 4 in order'],
    ['7.3-frontmatter.mdx:2:9', 'lesson frontmatter: number: Invalid input: expected string, received number', 'correct number'],
    ['7.4-mdx-syntax.mdx:10:', 'MDX syntax error', 'escaped'],
  ])('%s: %s', (where, what, fix) => {
    const block = run.stderr.split(/\n(?=\S)/).find((message) => message.startsWith(`content/lessons/${where}`) && message.includes(what));
    expect(block, `no "${what}" at ${where} in:\n${run.stderr}`).toBeDefined();
    expect(block).toContain(': error: ');
    expect(block).toContain('fix:');
    expect(block).toContain(fix);
  });

  it("reports a guide's debugging message that no verified output contains, at the message", () => {
    expect(run.stderr).toContain(
      'content/guides/7.1-fence-errors.mdx:20:14: error: debugging message not found in any verified output: "error: this message was invented by the guide"',
    );
    expect(run.stderr).toContain('fix: copy the message from an output in snippets/verified/');
  });

  it('reports blocks that do not do what they say as failures, at the block', () => {
    expect(run.stderr).toContain('7.1-fence-errors.mdx:36:1: error: [b-no-tests] the block has no tests: zig test ran 0 tests');
    expect(run.stderr).toContain(
      '7.1-fence-errors.mdx:40:1: error: [b-compiles] expected a compile error containing "never mutated", but it compiled and ran cleanly',
    );
  });
});
