/**
 * The CI-facing reports as pure functions: JUnit XML, GitHub workflow-command
 * annotations, the progress line, and the --report-only comparison. The same
 * reports from the real CLI are checked in tests/integration/ci-reports.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { parseVerifyArgs } from '../../scripts/verify/args.ts';
import { ContentError } from '../../scripts/verify/errors.ts';
import type { VerifyUnit } from '../../scripts/verify/extract/unit.ts';
import type { RecordEntry } from '../../scripts/verify/record/record-schema.ts';
import { compareWithRecord, firstDifference, formatChange, formatCompatibilitySummary } from '../../scripts/verify/report/compatibility-report.ts';
import { annotationFromDiagnostic, errorAnnotation, escapeData, escapeProperty, githubAnnotations } from '../../scripts/verify/report/github-annotations.ts';
import { escapeXml, toJunitXml } from '../../scripts/verify/report/junit-report.ts';
import { createProgress, formatProgress } from '../../scripts/verify/report/progress.ts';
import type { BlockResult, VerifyReport } from '../../scripts/verify/verify-course.ts';

const file = 'content/lessons/1.1-x.mdx';

function unit(id: string, line: number, extra: Partial<VerifyUnit> = {}): VerifyUnit {
  return {
    id,
    kind: 'fence',
    sourceFile: file,
    location: { file, line, column: 1 },
    mode: 'test',
    expect: { kind: 'pass' },
    files: {},
    main: 'a.zig',
    origins: {},
    instructorOnly: false,
    inHint: false,
    ...extra,
  };
}

function result(u: VerifyUnit, status: BlockResult['status'], extra: Partial<BlockResult> = {}): BlockResult {
  return { unit: u, status, cached: false, location: u.location, output: '', durationMs: 12, ...extra };
}

function entry(id: string, output: string, extra: Partial<RecordEntry> = {}): RecordEntry {
  return {
    id,
    kind: 'fence',
    location: `${file}:1:1`,
    mode: 'test',
    expect: 'pass',
    key: '0'.repeat(64),
    zig: '0.17.0',
    status: 'verified',
    outcome: 'passed',
    label: 'passes',
    command: 'zig test a.zig',
    output,
    durationMs: 5,
    source: 'x',
    instructorOnly: false,
    ...extra,
  };
}

function reportOf(
  results: BlockResult[],
  options: { contentErrors?: ContentError[]; recorded?: RecordEntry[]; labels?: Record<string, string> } = {},
): VerifyReport {
  const byId = new Map((options.recorded ?? []).map((e) => [e.id, e]));
  const fresh = new Map(
    results
      .filter((r) => r.status === 'passed')
      .map((r) => [r.unit.id, { status: 'verified' as const, entry: entry(r.unit.id, r.output, { label: options.labels?.[r.unit.id] ?? 'passes' }) }]),
  );
  return {
    zigVersion: '0.17.0',
    course: { units: results.map((r) => r.unit), errors: options.contentErrors ?? [], filesWithErrors: new Set() } as unknown as VerifyReport['course'],
    keys: new Map(),
    fresh,
    record: { files: new Map(), byKey: new Map(), byId, corrupt: [] },
    results,
    contentErrors: options.contentErrors ?? [],
    warnings: [],
    zigRuns: results.length,
  };
}

const failing = result(unit('broken <&>', 7), 'failed', {
  message: 'expected the tests to pass, but a test failed',
  output: 'line "one"\nline <two> & 100%',
  location: { file, line: 9, column: 5 },
});
const contentError = new ContentError({ file, line: 20, column: 8 }, 'unknown word "tset" in a zig fence', {
  why: 'the fence language is strict',
  fix: 'did you mean "test"?',
});

describe('JUnit XML', () => {
  const xml = toJunitXml(
    reportOf([result(unit('ok', 3), 'passed'), failing, result(unit('later', 30, { skip: 'future Zig' }), 'skipped')], { contentErrors: [contentError] }),
  );

  it('has one testcase per block and per content error, with totals', () => {
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="verify" tests="4" failures="2" errors="0" skipped="1"/);
    expect(xml.match(/<testcase /g)).toHaveLength(4);
    expect(xml).toContain(`<testcase classname="${file}" name="ok" file="${file}" line="3" time="0.012"/>`);
    expect(xml).toContain('<skipped message="not verified: future Zig"/>');
  });

  it('escapes names, messages and output', () => {
    expect(xml).toContain('name="broken &lt;&amp;&gt;" file="content/lessons/1.1-x.mdx" line="9"');
    expect(xml).toContain(`message="${file}:9:5: error: [broken &lt;&amp;&gt;] expected the tests to pass, but a test failed"`);
    expect(xml).toContain('line &quot;one&quot;\nline &lt;two&gt; &amp; 100%</failure>');
    expect(xml).toContain(`<failure message="${file}:20:8: error: unknown word &quot;tset&quot; in a zig fence" type="content">`);
  });

  it('drops characters XML cannot hold', () => {
    expect(escapeXml('a\u0000b\u001bc\td')).toBe('abc\td');
  });
});

describe('GitHub annotations', () => {
  it('escapes data and properties by the workflow-command rules', () => {
    expect(escapeData('50% done\r\nnext')).toBe('50%25 done%0D%0Anext');
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
    expect(errorAnnotation({ file: 'x,y.mdx', line: 2, column: 3 }, 'bad\nthing')).toBe('::error file=x%2Cy.mdx,line=2,col=3::bad%0Athing');
  });

  it('annotates each failing block and each content error, nothing else', () => {
    const lines = githubAnnotations(reportOf([result(unit('ok', 3), 'passed'), failing], { contentErrors: [contentError] }));
    expect(lines).toEqual([
      `::error file=${file},line=9,col=5::[broken <&>] expected the tests to pass, but a test failed%0Aline "one"%0Aline <two> & 100%25`,
      `::error file=${file},line=20,col=8::unknown word "tset" in a zig fence%0Awhy: the fence language is strict%0Afix: did you mean "test"?`,
    ]);
  });

  it('turns located diagnostic lines into annotations', () => {
    expect(annotationFromDiagnostic(`${file}:4:2: error: [x] uses errdefer`)).toBe(`::error file=${file},line=4,col=2::[x] uses errdefer`);
    expect(annotationFromDiagnostic('verify: the committed record is out of date')).toBeUndefined();
  });
});

describe('progress', () => {
  const stream = (isTTY: boolean) => {
    const written: string[] = [];
    return { written, isTTY, columns: 60, write: (text: string) => written.push(text) };
  };

  it('is quiet when stderr is not a terminal', () => {
    const s = stream(false);
    const progress = createProgress(s, 0);
    progress.onUnitDone(1, 2, unit('a', 1));
    progress.onUnitDone(2, 2, unit('b', 2));
    progress.finish();
    expect(s.written).toEqual([]);
  });

  it('redraws one line on a terminal and clears it at the end', () => {
    const s = stream(true);
    const progress = createProgress(s, 0);
    progress.onUnitDone(1, 2, unit('a', 1));
    progress.onUnitDone(2, 2, unit('b', 2));
    progress.finish();
    expect(s.written).toEqual([`\r\x1b[Kverify: 1/2 blocks · ${file}`, `\r\x1b[Kverify: 2/2 blocks · ${file}`, '\r\x1b[K']);
  });

  it('throttles redraws but always draws the last block', () => {
    const s = stream(true);
    const progress = createProgress(s, 60_000);
    for (let done = 1; done <= 50; done++) progress.onUnitDone(done, 50, unit('a', 1));
    expect(s.written).toHaveLength(2);
    expect(s.written[1]).toContain('50/50');
  });

  it('assumes 80 columns when the terminal does not say (a pty reports 0)', () => {
    const s = { ...stream(true), columns: 0 };
    createProgress(s, 0).onUnitDone(1, 2, unit('a', 1));
    expect(s.written).toEqual([`\r\x1b[Kverify: 1/2 blocks · ${file}`]);
  });

  it('fits the terminal width', () => {
    expect(formatProgress(3, 10, 'content/lessons/a-very-long-lesson-name-that-goes-on.mdx', 30)).toBe('verify: 3/10 blocks · conten…'); // 29 columns: the last one stays free, so the line never wraps;
  });
});

describe('--report-only comparison', () => {
  const same = result(unit('same', 1), 'passed', { output: 'All 1 tests passed.' });
  const changed = result(unit('changed', 2), 'passed', { output: 'a\nB\nc' });
  const broken = result(unit('broken', 3), 'failed', { message: 'expected the tests to pass, but it failed to compile' });
  const recorded = [entry('same', 'All 1 tests passed.'), entry('changed', 'a\nb\nc'), entry('broken', 'ok')];

  it('reports blocks whose verdict or output would change, by block id', () => {
    const compat = compareWithRecord(reportOf([same, changed, broken], { recorded }));
    expect(compat.changes.map(formatChange)).toEqual([
      `${file}:2:1: [changed] output changes: output line 2: "b" → "B"`,
      `${file}:3:1: [broken] would fail: expected the tests to pass, but it failed to compile`,
    ]);
    expect(formatCompatibilitySummary(compat)).toBe(
      'verify --report-only: Zig 0.17.0 against the record (Zig 0.17.0): 3 blocks, 1 unchanged, 1 output changes, 1 would fail; nothing written',
    );
  });

  it('reports a changed status line and a block the record lacks', () => {
    const compat = compareWithRecord(reportOf([same, result(unit('new', 4), 'passed')], { recorded: [recorded[0]!], labels: { same: 'passes differently' } }));
    expect(compat.changes.map((c) => c.kind)).toEqual(['output changes', 'not recorded']);
  });

  it('finds the first differing output line', () => {
    expect(firstDifference('a\nb', 'a')).toBe('output line 2: "b" → (no line)');
  });
});

describe('the flags', () => {
  it('reads --junit, --report-only and --zig', () => {
    expect(parseVerifyArgs(['--junit', 'out/junit.xml', '--report-only', '--zig', '/opt/zig-0.18/zig'])).toMatchObject({
      junit: 'out/junit.xml',
      reportOnly: true,
      zig: '/opt/zig-0.18/zig',
    });
  });

  it('refuses --zig without --report-only, and --report-only with --check', () => {
    expect(() => parseVerifyArgs(['--zig', '/opt/zig'])).toThrow('--zig needs --report-only');
    expect(() => parseVerifyArgs(['--report-only', '--check'])).toThrow('cannot be combined');
    expect(() => parseVerifyArgs(['--junit'])).toThrow('--junit needs a value');
  });
});
