/**
 * `npm run new` for each kind into a copy of the fixture course, then the real
 * verifier with the pinned Zig: the scaffold passes as generated (the lesson's
 * block, the starter failing as declared, the solution passing, the guide's
 * frontmatter, the syntax order). It refuses to overwrite.
 */
import { execa } from 'execa';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyFixture, projectRoot, runVerify, type VerifyRun } from '../helpers/run-verify.ts';

const runNew = (course: string, ...args: string[]) =>
  execa(process.execPath, [path.join(projectRoot, 'scripts/new.ts'), ...args, '--root', course], { reject: false });

let course: string;
let created: string[];
let verify: VerifyRun;

beforeAll(async () => {
  course = copyFixture('course');
  created = [];
  for (const args of [
    ['lesson', '1.2', 'Slices and Views'],
    ['exercise', '1.2', 'Count the Tokens'],
    ['guide', '1.2'],
  ]) {
    const result = await runNew(course, ...args);
    expect(result.exitCode, String(result.stderr)).toBe(0);
    created.push(
      ...String(result.stdout)
        .split('\n')
        .filter((l) => l.startsWith('new: created '))
        .map((l) => l.slice('new: created '.length)),
    );
  }
  verify = await runVerify(course);
});

describe('npm run new', () => {
  it('creates each kind where the README says', () => {
    expect(created).toEqual([
      'content/lessons/1.2-slices-and-views.mdx',
      'content/exercises/1.2-count-the-tokens/exercise.mdx',
      'content/exercises/1.2-count-the-tokens/count_the_tokens.zig',
      'content/exercises/1.2-count-the-tokens/count_the_tokens_test.zig',
      'content/exercises/1.2-count-the-tokens/solution.zig',
      'content/guides/1.2-slices-and-views.mdx',
    ]);
  });

  it('passes npm run verify as generated', () => {
    expect(verify.stderr).not.toContain('error:');
    expect(verify.exitCode).toBe(0);
    expect(verify.stdout).toContain('verify: 21 passed, 0 failed, 1 block skipped, 0 tests skipped (0 cached)');
    expect(verify.byId.get('lessons/1.2-slices-and-views#1')?.status).toBe('passed');
    expect(verify.byId.get('exercises/1.2-count-the-tokens#starter')?.output).toContain('NotImplemented');
    expect(verify.byId.get('exercises/1.2-count-the-tokens#solution')?.output).toContain('All 1 tests passed.');
  });

  it('refuses to overwrite, with a located error, and leaves the file alone', async () => {
    const lesson = path.join(course, 'content/lessons/1.2-slices-and-views.mdx');
    const before = readFileSync(lesson, 'utf8');
    const again = await runNew(course, 'lesson', '1.2', 'Slices and Views');
    expect(again.exitCode).toBe(2);
    expect(String(again.stderr)).toMatch(/^content\/lessons\/1\.2-slices-and-views\.mdx:2:1: error: lesson 1\.2 already exists/);
    expect(readFileSync(lesson, 'utf8')).toBe(before);
    const usage = await runNew(course, 'lesson', '1.3');
    expect(usage.exitCode).toBe(2);
    expect(String(usage.stderr)).toContain('new: error: lesson needs a title in quotes');
  });
});
