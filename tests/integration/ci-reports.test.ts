/**
 * The verifier's CI outputs with the real CLI and the real pinned Zig:
 * --junit parsed by a strict XML parser (Python's ElementTree), GitHub
 * annotations under GITHUB_ACTIONS=true, no progress display when stderr is
 * a pipe, and --report-only --zig comparing a course against the record
 * without writing anything.
 */
import { execa } from 'execa';
import { createHash } from 'node:crypto';
import { appendFileSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectZigPath, readZigPin } from '../../scripts/verify/run/zig-toolchain.ts';
import { copyFixture, projectRoot, runVerify, type VerifyRun } from '../helpers/run-verify.ts';

interface JunitCase {
  classname: string;
  name: string;
  file: string;
  line: string;
  failure?: { message: string; text: string };
  skipped?: string;
}

/** Parses JUnit XML the way a CI server would: strictly, or not at all. */
async function parseJunit(file: string): Promise<{ totals: Record<string, string>; cases: JunitCase[] }> {
  const script = `
import json, sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
cases = []
for case in root.iter('testcase'):
    item = dict(case.attrib)
    failure = case.find('failure')
    if failure is not None: item['failure'] = {'message': failure.get('message'), 'text': failure.text or ''}
    skipped = case.find('skipped')
    if skipped is not None: item['skipped'] = skipped.get('message')
    cases.append(item)
print(json.dumps({'totals': dict(root.attrib), 'cases': cases}))`;
  const { stdout } = await execa('python3', ['-c', script, file]);
  return JSON.parse(stdout);
}

describe('--junit and GitHub annotations on failing blocks', () => {
  const lesson = 'content/lessons/9.1-wrong-outcomes.mdx';
  let course: string;
  let run: VerifyRun;
  let junit: Awaited<ReturnType<typeof parseJunit>>;
  let unknownWordLine: number;

  beforeAll(async () => {
    course = copyFixture('failing');
    unknownWordLine = readFileSync(path.join(course, lesson), 'utf8').split('\n').length + 1;
    appendFileSync(path.join(course, lesson), '\n```zig tset\ntest {}\n```\n');
    const report = path.join(course, 'reports', 'junit.xml');
    run = await runVerify(course, ['--junit', report], { GITHUB_ACTIONS: 'true' });
    junit = await parseJunit(report);
  });

  it('writes one testcase per block and per content error', () => {
    expect(run.exitCode).toBe(1);
    expect(junit.totals).toMatchObject({ tests: '16', failures: '15', skipped: '0' });
    expect(junit.cases).toHaveLength(16);
    const passed = junit.cases.filter((c) => !c.failure);
    expect(passed.map((c) => c.name)).toHaveLength(1);
  });

  it('names each block by its content file and id, at the failure line, with the located message and output', () => {
    const leak = junit.cases.find((c) => c.name === 'test-leaks')!;
    const json = run.byId.get('test-leaks')!;
    expect(leak).toMatchObject({ classname: lesson, file: lesson, line: String(json.line) });
    expect(leak.failure!.message).toBe(`${lesson}:${json.line}:${json.column}: error: [test-leaks] expected the tests to pass, but memory leaked`);
    expect(leak.failure!.text).toContain(json.output);
  });

  it('reports the content error as a failure at its line', () => {
    const error = junit.cases.find((c) => c.failure?.message.includes('unknown word "tset"'))!;
    expect(error).toMatchObject({ classname: lesson, file: lesson, line: String(unknownWordLine) });
    expect(error.failure!.text).toContain('did you mean');
  });

  it('prints one ::error annotation per failing block and content error', () => {
    const annotations = run.stdout.split('\n').filter((line) => line.startsWith('::error '));
    expect(annotations).toHaveLength(15);
    const timeout = run.byId.get('times-out')!;
    expect(annotations).toContain(
      `::error file=${lesson},line=${timeout.line},col=${timeout.column}::[times-out] ${timeout.message}${timeout.output ? `%0A${timeout.output.replace(/%/g, '%25').replace(/\n/g, '%0A')}` : ''}`,
    );
    expect(annotations.some((line) => line.startsWith(`::error file=${lesson},line=${unknownWordLine},col=`) && line.includes('unknown word "tset"'))).toBe(
      true,
    );
    // Multi-line messages stay on one line: every newline is escaped.
    for (const line of annotations) expect(line).not.toMatch(/\r/);
  });

  it('shows no progress display when stderr is not a terminal', () => {
    expect(run.stderr).not.toContain('\r');
    expect(run.stderr).not.toContain('\x1b[');
    expect(run.stderr).not.toMatch(/\d+\/\d+ blocks/);
  });

  it('prints no annotations outside GitHub Actions', async () => {
    const plain = await runVerify(course, []);
    expect(plain.stdout).not.toContain('::error');
  });
});

describe('--report-only --zig', () => {
  const recordFile = 'snippets/verified/lessons/1.1-fixture-basics.json';
  let course: string;
  const zig = projectZigPath(projectRoot, readZigPin(projectRoot));

  /** Every file of the record with its hash, to prove nothing was written. */
  const recordHashes = () => {
    const hashes: Record<string, string> = {};
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir)) {
        const full = path.join(dir, entry);
        if (statSync(full).isDirectory()) walk(full);
        else hashes[path.relative(course, full)] = createHash('sha256').update(readFileSync(full)).digest('hex');
      }
    };
    walk(path.join(course, 'snippets', 'verified'));
    return hashes;
  };

  beforeAll(async () => {
    course = copyFixture('course');
    const first = await runVerify(course);
    expect(first.exitCode).toBe(0);
  });

  it('finds no change with the pinned Zig, and writes nothing', async () => {
    const before = recordHashes();
    const run = await runVerify(course, ['--report-only', '--zig', zig]);
    expect(run.stderr).not.toContain('error:');
    expect(run.exitCode).toBe(0);
    expect(run.stdout.trim()).toBe('verify --report-only: Zig 0.17.1 against the record (Zig 0.17.1): 18 blocks, 18 unchanged; nothing written');
    expect(recordHashes()).toEqual(before);
  });

  it('reports a block whose recorded output differs, and leaves the record as it was', async () => {
    const full = path.join(course, recordFile);
    const record = JSON.parse(readFileSync(full, 'utf8'));
    const entry = record.entries.find((e: { id: string }) => e.id === 'add-test');
    entry.output = entry.output.replace('All 1 tests passed.', 'All 2 tests passed.');
    writeFileSync(full, `${JSON.stringify(record, null, 2)}\n`);
    const before = recordHashes();

    const run = await runVerify(course, ['--report-only', '--zig', zig]);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(`${entry.location}: [add-test] output changes: output line 2: "All 2 tests passed." → "All 1 tests passed."`);
    expect(run.stdout).toContain('18 blocks, 17 unchanged, 1 output changes; nothing written');
    expect(recordHashes()).toEqual(before);
  });

  it('refuses --zig without --report-only', async () => {
    const run = await runVerify(course, ['--zig', zig]);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('--zig needs --report-only');
  });
});
