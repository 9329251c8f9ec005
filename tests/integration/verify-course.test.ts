/**
 * The verifier against the fixture course, with the real pinned zig: every
 * mode passes, the record is reused warm, prose edits re-run nothing, one
 * edited block re-runs alone, --check catches a tampered record, and the
 * recorded transcript is what running the extracted file by hand prints.
 */
import { execa } from 'execa';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { normalizeOutput } from '../../scripts/verify/run/normalize-output.ts';
import { resolveZig } from '../../scripts/verify/run/zig-toolchain.ts';
import { copyFixture, projectRoot, runVerify, type VerifyRun } from '../helpers/run-verify.ts';

const lessonFile = 'content/lessons/1.1-fixture-basics.mdx';
const recordFile = 'snippets/verified/lessons/1.1-fixture-basics.json';

let course: string;
let cold: VerifyRun;

beforeAll(async () => {
  course = copyFixture('course');
  cold = await runVerify(course);
});

describe('a cold run over the fixture course', () => {
  it('passes every block, counting the skipped one', () => {
    expect(cold.stderr).not.toContain('error:');
    expect(cold.exitCode).toBe(0);
    expect(cold.stdout).toContain('verify: 18 passed, 0 failed, 1 block skipped, 0 tests skipped (0 cached)');
  });

  it('judges each mode by its own rule', () => {
    const status = (id: string) => cold.byId.get(id)?.status;
    for (const id of [
      'add-test',
      'fixture-compile-error',
      'fixture-panic-test',
      'fixture-leak-test',
      'fixture-leak-run',
      'fixture-include-counter',
      'exercises/1.1-sum#starter',
      'exercises/1.1-sum#solution',
    ]) {
      expect(status(id), id).toBe('passed');
    }
    expect(status('lessons/1.1-fixture-basics#11')).toBe('skipped');
    expect(cold.byId.get('fixture-leak-run')!.output).toContain('error(DebugAllocator): memory address <addr> leaked');
    expect(cold.byId.get('fixture-panic-test')!.output).toContain('panic: index out of bounds: index 3, len 3');
    expect(cold.byId.get('exercises/1.1-sum#starter')!.output).toContain('FAIL (NotImplemented)');
  });

  it('finds blocks in lists, directives and MDX components at their source lines', () => {
    const lines = readFileSync(path.join(course, lessonFile), 'utf8').split('\n');
    for (const [id, title] of [
      ['lessons/1.1-fixture-basics#15', 'listed.zig'],
      ['lessons/1.1-fixture-basics#16', 'directed.zig'],
      ['lessons/1.1-fixture-basics#17', 'component.zig'],
    ] as const) {
      const result = cold.byId.get(id)!;
      expect(result.status).toBe('passed');
      expect(lines[result.line - 1]).toContain(`title="${title}"`);
    }
  });

  it('records outcomes with the extracted source beside them', () => {
    const record = JSON.parse(readFileSync(path.join(course, recordFile), 'utf8'));
    const entry = record.entries.find((e: { id: string }) => e.id === 'add-test');
    const line =
      readFileSync(path.join(course, lessonFile), 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('name="add-test"')) + 1;
    expect(entry).toMatchObject({
      location: `${lessonFile}:${line}:1`,
      mode: 'test',
      status: 'verified',
      zig: '0.17.1',
      command: 'zig test add.zig',
      output: '1/1 add.test.adds...OK\nAll 1 tests passed.',
    });
    expect(readFileSync(path.join(course, entry.source), 'utf8')).toContain('test "adds"');
    expect(JSON.stringify(record)).not.toMatch(/\/tmp\/|\/root\/|\.tools\//);
  });

  it('records what `zig test` prints when a reader runs the extracted file by hand', async () => {
    const zig = await resolveZig({ projectRoot });
    const record = JSON.parse(readFileSync(path.join(course, recordFile), 'utf8'));
    for (const id of ['add-test', 'lessons/1.1-fixture-basics#10', 'fixture-panic-test', 'fixture-leak-test', 'fixture-compile-error']) {
      const entry = record.entries.find((e: { id: string }) => e.id === id);
      const dir = path.dirname(path.join(course, entry.source));
      // A fresh local cache, as on a reader's machine: Zig's cache would otherwise reuse a
      // binary compiled elsewhere, whose stack traces name that other directory.
      const env = { ZIG_GLOBAL_CACHE_DIR: path.join(projectRoot, '.cache', 'zig'), ZIG_LOCAL_CACHE_DIR: mkdtempSync(path.join(os.tmpdir(), 'by-hand-')) };
      const byHand = await execa(zig.path, ['test', path.basename(entry.source)], { cwd: dir, reject: false, all: true, env });
      const normalized = normalizeOutput(byHand.all ?? '', {
        runDir: dir,
        zigLibDir: zig.libDir,
        zigCacheDir: env.ZIG_LOCAL_CACHE_DIR,
        home: process.env.HOME ?? '/root',
      });
      expect(normalized, id).toBe(entry.output);
    }
  });
});

describe('warm runs and edits', () => {
  it('re-runs nothing when nothing changed, even without a zig', async () => {
    const warm = await runVerify(course, [], { ZIG: '/nonexistent/zig' });
    expect(warm.exitCode).toBe(0);
    expect(warm.stdout).toContain('18 passed, 0 failed, 1 block skipped, 0 tests skipped (18 cached)');
    expect(warm.stdout).toContain('nothing to run');
  });

  it('re-runs nothing when only prose changes, and moves the recorded location', async () => {
    const file = path.join(course, lessonFile);
    writeFileSync(file, readFileSync(file, 'utf8').replace('## A passing test', '## A passing test\n\nA new paragraph\nover two lines.\n'));
    const run = await runVerify(course);
    expect(run.stdout).toContain('(18 cached)');
    expect(run.stdout).toContain('nothing to run');
    const line =
      readFileSync(file, 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('name="add-test"')) + 1;
    const record = JSON.parse(readFileSync(path.join(course, recordFile), 'utf8'));
    expect(record.entries.find((e: { id: string }) => e.id === 'add-test').location).toBe(`${lessonFile}:${line}:1`);
  });

  it('re-runs exactly the one edited block', async () => {
    const file = path.join(course, lessonFile);
    writeFileSync(file, readFileSync(file, 'utf8').replace('hello, {s}\\n', 'hello again, {s}\\n'));
    const run = await runVerify(course);
    expect(run.exitCode).toBe(0);
    const rerun = run.results.filter((r) => r.status === 'passed' && !r.cached);
    expect(rerun.map((r) => r.id)).toEqual(['lessons/1.1-fixture-basics#2']);
    expect(rerun[0]!.output).toBe('hello again, fixture');
  });

  it('--check passes on an up-to-date record and writes nothing', async () => {
    const before = readFileSync(path.join(course, recordFile), 'utf8');
    const check = await runVerify(course, ['--check']);
    expect(check.exitCode).toBe(0);
    expect(readFileSync(path.join(course, recordFile), 'utf8')).toBe(before);
  });

  it('--all --check re-runs everything and finds a tampered output', async () => {
    const full = path.join(course, recordFile);
    const honest = readFileSync(full, 'utf8');
    writeFileSync(full, honest.replace('hello again, fixture', 'hello, tampered'));
    const check = await runVerify(course, ['--all', '--check']);
    expect(check.exitCode).toBe(1);
    expect(check.results.filter((r) => r.cached)).toEqual([]);
    expect(check.stderr).toMatch(
      /content\/lessons\/1\.1-fixture-basics\.mdx:\d+:1: error: \[lessons\/1\.1-fixture-basics#2\] differs from the record in output/,
    );
    expect(readFileSync(full, 'utf8')).toContain('hello, tampered');
    writeFileSync(full, honest);
  });

  it('--check fails when a block has no record entry', async () => {
    const file = path.join(course, lessonFile);
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, `${original}\n\`\`\`zig title="new.zig"\ntest "new" {}\n\`\`\`\n`);
    const check = await runVerify(course, ['--check']);
    expect(check.exitCode).toBe(1);
    expect(check.stderr).toContain('missing from the record');
    writeFileSync(file, original);
  });

  it('detects a corrupt record, warns, and rebuilds it', async () => {
    const full = path.join(course, recordFile);
    writeFileSync(full, '{"file": "content/lessons/1.1-fixture-basics.mdx", "entries": [');
    const run = await runVerify(course);
    expect(run.stderr).toContain('verify: warning: snippets/verified/lessons/1.1-fixture-basics.json is corrupt');
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(readFileSync(full, 'utf8')).entries).toHaveLength(17);
    expect(existsSync(`${full}.tmp-${process.pid}`)).toBe(false);
  });
});
