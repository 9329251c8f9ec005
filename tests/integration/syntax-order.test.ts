/**
 * The syntax-order check with the real pinned Zig, over the fixture course
 * tests/fixtures/syntax-order: lesson 1.1 (and its exercise) shows errdefer
 * before lesson 1.2 introduces it; hidden lines, an included region outside
 * the use, an opt-out and instructor material are allowed. Then the scan
 * record: warm runs need no Zig, an edited block is rescanned alone, and
 * --check notices a record that is out of date. Last, the pages built from
 * the record, in the shared build of tests/fixtures/course.
 */
import { execa } from 'execa';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { ensureScanner, runScanner, scannerSource } from '../../scripts/syntax/scanner.ts';
import { resolveZig } from '../../scripts/verify/run/zig-toolchain.ts';
import { copyFixture, projectRoot, runVerify, type VerifyRun } from '../helpers/run-verify.ts';

const lesson11 = 'content/lessons/1.1-before.mdx';
const lesson12 = 'content/lessons/1.2-errdefer.mdx';
const record = 'snippets/verified/syntax-scan.jsonl';

let course: string;
let cold: VerifyRun;

/** 1-based line of the first line containing `text` after the line containing `after`. */
function lineOf(file: string, after: string, text: string): number {
  const lines = readFileSync(path.join(course, file), 'utf8').split('\n');
  const start = lines.findIndex((line) => line.includes(after));
  return lines.findIndex((line, i) => i > start && line.includes(text)) + 1;
}

const edit = (file: string, from: string, to: string) => {
  const full = path.join(course, file);
  const text = readFileSync(full, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} does not contain ${from}`);
  writeFileSync(full, text.replace(from, to));
};
const recordLines = () => readFileSync(path.join(course, record), 'utf8').trimEnd().split('\n');

beforeAll(async () => {
  course = copyFixture('syntax-order');
  cold = await runVerify(course);
});

describe('a cold run over the syntax-order fixture', () => {
  it('runs every block, then fails on the two early uses, counting the opt-out', () => {
    expect(cold.results.every((r) => r.status === 'passed')).toBe(true);
    expect(cold.exitCode).toBe(1);
    expect(cold.stdout).toMatch(/· syntax: 7 blocks checked, 2 errors, 1 opt-out \(7 scanned in [\d.]+ m?s(, scanner built)?\)/);
    expect(cold.stderr.match(/: error: /g)).toHaveLength(2);
  });

  it('locates errdefer in lesson 1.1, before lesson 1.2 introduces it', () => {
    const line = lineOf(lesson11, 'name="l11-early"', 'errdefer');
    expect(cold.stderr).toContain(
      `${lesson11}:${line}:5: error: [l11-early] uses errdefer, which is introduced in lesson 1.2 (errdefer)\n        errdefer std.debug.print("failed\\n", .{});\n        ^~~~~~~~\n`,
    );
  });

  it('accepts the same block in lesson 1.2', () => {
    expect(cold.stderr).not.toContain('[l12-errdefer]');
  });

  it('accepts a use on hidden lines, and in an included file outside the shown region', () => {
    expect(cold.stderr).not.toContain('[l11-hidden]');
    expect(cold.stderr).not.toContain('[l11-include]');
  });

  it('accepts an opted-out block, and counts it', () => {
    expect(cold.stderr).not.toContain('[l11-opt-out]');
    expect(cold.stdout).toContain('1 opt-out');
  });

  it('checks an exercise at its lesson: the starter is, the solution is not', () => {
    expect(cold.stderr).toContain(
      'content/exercises/1.1-check/check.zig:2:5: error: [exercises/1.1-check#starter] uses errdefer, which is introduced in lesson 1.2 (errdefer)',
    );
    expect(cold.stderr).not.toContain('#solution');
    expect(cold.stderr).not.toContain('[l11-instructor]');
  });

  it('records one scan per learner-facing block', () => {
    const lines = recordLines();
    expect(lines[0]).toBe('{"format":"zig-syntax-scan","version":1}');
    expect(lines.slice(1).map((line) => JSON.parse(line).id)).toEqual([
      'exercises/1.1-check#starter',
      'l11-early',
      'l11-hidden',
      'l11-include',
      'l11-opt-out',
      'l12-errdefer',
      'page-hello',
    ]);
    const early = JSON.parse(lines[2]!);
    expect(early.files['early.zig'].uses['keyword errdefer']).toBe('4:5');
  });
});

describe('the scan record', () => {
  it('makes a warm run need no Zig', async () => {
    const warm = await runVerify(course, [], { ZIG: '/nonexistent/zig' });
    expect(warm.stdout).toMatch(/nothing to run · syntax: 7 blocks checked, 2 errors, 1 opt-out$/m);
    expect(warm.stderr).toContain('[l11-early] uses errdefer');
  });

  it('rescans exactly the edited block', async () => {
    const before = recordLines();
    edit(lesson12, 'errdefer std.debug.print("failed\\n", .{});', 'errdefer std.debug.print("check failed\\n", .{});');
    const run = await runVerify(course);
    expect(run.stdout).toMatch(/syntax: 7 blocks checked, 2 errors, 1 opt-out \(1 scanned in/);
    const after = recordLines();
    expect(after.filter((line, i) => line !== before[i]).map((line) => JSON.parse(line).id)).toEqual(['l12-errdefer']);
  });

  it('reports an opt-out that excuses nothing, without rescanning', async () => {
    edit(lesson12, 'name="l12-errdefer"', 'name="l12-errdefer" syntax-ok="just in case"');
    const run = await runVerify(course);
    const line = lineOf(lesson12, '## errdefer', 'syntax-ok=');
    const column = readFileSync(path.join(course, lesson12), 'utf8').split('\n')[line - 1]!.indexOf('syntax-ok=') + 1;
    expect(run.stderr).toContain(`${lesson12}:${line}:${column}: error: [l12-errdefer] syntax-ok="just in case" is not needed`);
    edit(lesson12, ' syntax-ok="just in case"', '');
    expect(run.stdout).toMatch(/syntax: 7 blocks checked, 3 errors, 2 opt-outs$/m);
  });

  it('--check accepts an up-to-date record and refuses one that is missing a block, writing nothing', async () => {
    const check = await runVerify(course, ['--check']);
    expect(check.stderr).not.toContain('syntax record');
    const full = path.join(course, record);
    const honest = readFileSync(full, 'utf8');
    const tampered = honest
      .split('\n')
      .filter((line) => !line.includes('"id":"l11-include"'))
      .join('\n');
    writeFileSync(full, tampered);
    const stale = await runVerify(course, ['--check']);
    expect(stale.stderr).toContain(`${record}: error: [l11-include] missing from the syntax record`);
    expect(readFileSync(full, 'utf8')).toBe(tampered);
    writeFileSync(full, honest);
  });

  it('passes once the early use is hidden', async () => {
    edit(
      lesson11,
      '```zig title="early.zig" name="l11-early"\nconst std = @import("std");\n',
      '```zig title="early.zig" name="l11-early"\nconst std = @import("std");\n// hide-start\n',
    );
    edit(lesson11, '    return 1;\n}\n\ntest "check" {', '    return 1;\n}\n// hide-end\n\ntest "check" {');
    edit('content/exercises/1.1-check/check.zig', '    errdefer {}\n', '');
    const run = await runVerify(course);
    expect(run.stderr).not.toContain(': error: ');
    expect(run.exitCode).toBe(0);
  });
});

describe('the scanner', () => {
  it('passes its own tests under the pinned Zig', async () => {
    const zig = await resolveZig({ projectRoot });
    const env = {
      ZIG_GLOBAL_CACHE_DIR: path.join(projectRoot, '.cache', 'zig'),
      ZIG_LOCAL_CACHE_DIR: path.join(projectRoot, '.cache', 'syntax-scan', 'zig-cache'),
    };
    const result = await execa(zig.path, ['test', scannerSource(projectRoot)], { reject: false, all: true, env });
    expect(result.all).toMatch(/All \d+ tests passed\./);
    expect(result.exitCode).toBe(0);
  });

  it('scans a batch, resolving aliases and counting columns as JavaScript does', async () => {
    const scanner = await ensureScanner(projectRoot, await resolveZig({ projectRoot }));
    const source = 'const std = @import("std");\nconst mem = std.mem;\ntest { const s = "é😀"; _ = mem.eql(u8, s, s); }\n';
    const [first, broken, empty] = await runScanner(scanner.path, [source, 'fn f( { errdefer }', '']);
    const eql = first!.uses.find((u) => u.kind === 'std');
    expect(eql).toEqual({ kind: 'std', name: 'std.mem.eql', line: 3, column: source.split('\n')[2]!.indexOf('mem.eql') + 1 });
    expect(first!.uses.filter((u) => u.kind === 'std')).toHaveLength(1);
    expect(broken!.parseErrors).toBeGreaterThan(0);
    expect(broken!.uses).toContainEqual({ kind: 'keyword', name: 'errdefer', line: 1, column: 9 });
    expect(empty).toEqual({ uses: [], parseErrors: 0 });
  });
});

describe('the instructor pages', () => {
  const page = (...parts: string[]) => readFileSync(path.join(inject('fixtureSite').dist, ...parts, 'index.html'), 'utf8');

  it('list each feature with the lessons that use it, linked to the first use', () => {
    const inventory = page('instructor', 'syntax');
    expect(inventory).toContain('id="feature-debug-allocator"');
    expect(inventory).toMatch(
      /<tr id="feature-debug-allocator">.*?<a href="\/instructor\/module-1\/1\.1-fixture-basics\/#block-fixture-leak-run"[^>]*>1\.1<\/a>/s,
    );
    expect(inventory).toMatch(/<tr id="feature-memset">.*?no shown block/s);
  });

  it('show what a lesson introduces beside its guide, and never in the student edition', () => {
    const lesson = page('instructor', 'module-1', '1.1-fixture-basics');
    expect(lesson).toContain('New in this lesson');
    expect(lesson).toMatch(/MARKER_NEW_SYNTAX.*?<a href="\/instructor\/module-1\/1\.1-fixture-basics\/#block-fixture-leak-run">in leak_run\.zig<\/a>/s);
    expect(lesson).toContain('id="block-fixture-leak-run"');
    expect(page('module-1', '1.1-fixture-basics')).not.toContain('New in this lesson');
  });
});
