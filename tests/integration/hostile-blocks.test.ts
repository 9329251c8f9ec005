/**
 * Blocks that misbehave on purpose: each is contained, and reported as what
 * it is. Run with the real zig; namespaces (no network, read-only repository)
 * are checked where the machine allows them, as CI's does.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isolationProblem } from '../../scripts/verify/run/sandbox.ts';
import { copyFixture, projectRoot, runVerify, type VerifyRun } from '../helpers/run-verify.ts';
import { isAlive } from '../helpers/processes.ts';

let course: string;
let run: VerifyRun;
let verifierPeakKb: number;

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    return statSync(full).isDirectory() ? allFiles(full) : [full];
  });
}

beforeAll(async () => {
  course = copyFixture('adversarial');
  const lesson = path.join(course, 'content/lessons/8.1-hostile-blocks.mdx');
  writeFileSync(lesson, readFileSync(lesson, 'utf8').replaceAll('{{COURSE}}', course));
  const stats = path.join(course, 'verifier-memory.json');
  run = await runVerify(course, [], { CI_SECRET_TOKEN: 'hunter2-secret', ZV_MEMORY_REPORT: stats });
  verifierPeakKb = JSON.parse(readFileSync(stats, 'utf8')).maxRssKb;
});

const result = (id: string) => run.byId.get(id)!;

describe('hostile blocks', () => {
  it('leave nothing behind in the repository', () => {
    expect(result('adv-writes').status).toBe('passed');
    expect(result('adv-writes').output).not.toContain('relative:');
    expect(existsSync(path.join(course, 'ESCAPED.txt'))).toBe(false);
    const leftovers = allFiles(course).filter((f) => /left-behind\.txt|big\.bin|ESCAPED\.txt/.test(f));
    expect(leftovers).toEqual([]);
    if (!isolationProblem()) expect(result('adv-writes').output).toContain('absolute: ReadOnlyFileSystem');
  });

  it('cannot leave a process running: the whole process group dies with the block', () => {
    const forked = Number(/forked child (\d+)/.exec(result('adv-forks').output)?.[1]);
    expect(result('adv-forks').status).toBe('passed');
    expect(forked).toBeGreaterThan(0);
    expect(isAlive(forked)).toBe(false);
    const hang = result('adv-hang');
    expect(hang.status).toBe('failed');
    expect(hang.message).toContain('timed out after 2s (its whole process group was killed)');
    const stray = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' })
      .split('\n')
      .filter((line) => /zig-verify-.*\/(hang|forks|program)\b/.test(line));
    expect(stray).toEqual([]);
  });

  it("sees none of the verifier's environment", () => {
    const output = result('adv-env').output;
    expect(output).not.toContain('hunter2-secret');
    expect(output).not.toMatch(/^HOME=\/root$/m);
    expect(
      output
        .split('\n')
        .map((line) => line.split('=')[0])
        .sort(),
    ).toEqual(['HOME', 'LANG', 'NO_COLOR', 'PATH', 'TMPDIR']);
  });

  it('has no network (only a loopback interface) where namespaces are available', () => {
    expect(result('adv-network').status).toBe('passed');
    if (isolationProblem()) return;
    const interfaces = [...result('adv-network').output.matchAll(/^\s*(\w+):/gm)].map((m) => m[1]);
    expect(interfaces).toEqual(['lo']);
  });

  it('is stopped by the memory and file-size limits, and says so', () => {
    expect(result('adv-memory-hog').message).toBe('expected the program to run cleanly, but it exited with code 1 (main returned error.OutOfMemory)');
    expect(result('adv-memory-hog').output).toContain('error: OutOfMemory');
    expect(result('adv-file-flood').message).toBe('expected the program to run cleanly, but it crashed with signal SIGXFSZ');
  });

  it('caps a 50 MB output flood without the verifier holding it in memory', () => {
    const flood = result('adv-output-flood');
    expect(flood.status).toBe('passed');
    expect(flood.output).toMatch(/\[output truncated: showing the first 65536 of \d{8} bytes\]$/);
    expect(verifierPeakKb).toBeLessThan(400 * 1024);
  });

  it('records output that is not UTF-8, and terminal escapes, as harmless text', () => {
    const bytes = result('adv-non-utf8');
    expect(bytes.status).toBe('passed');
    expect(bytes.output).toBe('bytes: \uFFFD\uFFFD and an escape red');
    const record = readFileSync(path.join(course, 'snippets/verified/lessons/8.1-hostile-blocks.json'), 'utf8');
    expect(record).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f]/);
    expect(result('adv-markup').output).toBe('<script>alert(1)</script><img src=x onerror=alert(2)>');
  });

  it('keeps run directories out of the repository and removes them', () => {
    expect(readdirSync(projectRoot).filter((entry) => entry.startsWith('zig-verify'))).toEqual([]);
  });
});
