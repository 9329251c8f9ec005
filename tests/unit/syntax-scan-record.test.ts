/**
 * The scanner's wire format and the scan record, without Zig: framing,
 * parsing (and refusing) scanner output, the compact recorded form, keys,
 * comparison for --check, and which entries the next record keeps.
 */
import { describe, expect, it } from 'vitest';
import {
  compareScanRecords,
  compactScan,
  expandScan,
  parseScanRecord,
  scanKey,
  serializeScanRecord,
  type ScanEntry,
} from '../../scripts/syntax/scan-record.ts';
import { frameSources, parseScanOutput, ScanOutputError } from '../../scripts/syntax/scan-output.ts';
import { nextScanEntries, type ScannableUnit } from '../../scripts/syntax/syntax-order.ts';

describe('the scanner protocol', () => {
  it('frames sources by byte length, so UTF-8 text survives', () => {
    expect(frameSources(['ab', 'é\n']).toString('utf8')).toBe('2\nab3\né\n');
  });

  it('parses uses, parse errors and end markers per source', () => {
    const scans = parseScanOutput('0\tkeyword\tconst\t1\t1\n0\tend\n1\tparse-error\t2\t3\t4\n1\tbuiltin\t@memset\t2\t5\n1\tend\n', 2);
    expect(scans).toEqual([
      { parseErrors: 0, uses: [{ kind: 'keyword', name: 'const', line: 1, column: 1 }] },
      { parseErrors: 2, uses: [{ kind: 'builtin', name: '@memset', line: 2, column: 5 }] },
    ]);
  });

  it.each([
    ['0\tkeyword\tconst\t1\t1\n', 'stopped before the end of source 0'],
    ['0\tend\n0\tkeyword\tconst\t1\t1\n', 'follows the end of source 0'],
    ['0\tshape\tx\t1\t1\n0\tend\n', 'unknown kind "shape"'],
    ['0\tkeyword\tconst\t0\t1\n0\tend\n', 'no valid position'],
    ['3\tend\n', 'names source 3, but 1 were sent'],
  ])('refuses %j', (output, message) => {
    expect(() => parseScanOutput(output, 1)).toThrow(ScanOutputError);
    expect(() => parseScanOutput(output, 1)).toThrow(message);
  });
});

const scan = {
  parseErrors: 0,
  uses: [
    { kind: 'keyword' as const, name: 'const', line: 3, column: 1 },
    { kind: 'keyword' as const, name: 'const', line: 1, column: 1 },
    { kind: 'std' as const, name: 'std.mem.eql', line: 2, column: 9 },
  ],
};
const entry = (id: string, over: Partial<ScanEntry> = {}): ScanEntry => ({
  id,
  source: 'content/lessons/1.1-x.mdx',
  key: 'a'.repeat(64),
  files: { 'main.zig': compactScan(scan) },
  ...over,
});

describe('the scan record', () => {
  it('groups positions by feature, in reading order, and expands them back', () => {
    expect(compactScan(scan)).toEqual({ parseErrors: 0, uses: { 'keyword const': '1:1 3:1', 'std std.mem.eql': '2:9' } });
    expect(expandScan(compactScan(scan)).uses.map((u) => `${u.name}@${u.line}`)).toEqual(['const@1', 'std.mem.eql@2', 'const@3']);
  });

  it('serializes one line per unit, sorted, and parses back', () => {
    const text = serializeScanRecord([entry('b'), entry('a')]);
    expect(text.split('\n')[0]).toBe('{"format":"zig-syntax-scan","version":1}');
    expect(text.split('\n')[1]).toMatch(/^\{"id":"a",/);
    expect(text.endsWith('\n')).toBe(true);
    expect([...parseScanRecord(text).entries.keys()]).toEqual(['a', 'b']);
  });

  it('reports a corrupt record instead of throwing', () => {
    expect(parseScanRecord('not json\n').corrupt).toMatch(/^line 1:/);
    expect(parseScanRecord('{"format":"zig-syntax-scan","version":1}\n{"id":"a"}\n').corrupt).toMatch(/^line 2: source/);
  });

  it('keys a scan by the scanned files, the Zig version and the scanner', () => {
    const key = scanKey({ 'a.zig': 'const x = 1;' }, '0.17.0', 'h1');
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(scanKey({ 'a.zig': 'const x = 1;' }, '0.17.0', 'h1')).toBe(key);
    expect(scanKey({ 'a.zig': 'const x = 2;' }, '0.17.0', 'h1')).not.toBe(key);
    expect(scanKey({ 'a.zig': 'const x = 1;' }, '0.18.0', 'h1')).not.toBe(key);
    expect(scanKey({ 'a.zig': 'const x = 1;' }, '0.17.0', 'h2')).not.toBe(key);
  });

  it('compares with the committed record for --check', () => {
    const committed = parseScanRecord(serializeScanRecord([entry('a'), entry('gone')]));
    expect(compareScanRecords(committed, [entry('a'), entry('new')])).toEqual([
      'snippets/verified/syntax-scan.jsonl: error: [new] missing from the syntax record',
      'snippets/verified/syntax-scan.jsonl: error: [gone] is recorded but no longer scanned',
    ]);
    expect(compareScanRecords(committed, [entry('a', { key: 'b'.repeat(64) }), entry('gone')])).toEqual([
      'snippets/verified/syntax-scan.jsonl: error: [a] differs from the syntax record',
    ]);
    expect(compareScanRecords({ entries: new Map(), exists: false }, [entry('a')])[0]).toContain('missing (1 scanned blocks are not recorded)');
  });

  it('keeps fresh scans, then recorded ones, and the entries of files that failed to load', () => {
    const unit = (id: string, sourceFile = 'content/lessons/1.1-x.mdx') => ({ unit: { id, sourceFile } }) as unknown as ScannableUnit;
    const onDisk = parseScanRecord(
      serializeScanRecord([entry('kept'), entry('old', { key: 'c'.repeat(64) }), entry('broken', { source: 'content/lessons/1.2-y.mdx' }), entry('removed')]),
    );
    const fresh = new Map([['old', entry('old')]]);
    const next = nextScanEntries({ units: [unit('kept'), unit('old'), unit('absent')], fresh }, onDisk, new Set(['content/lessons/1.2-y.mdx']));
    expect(next.map((e) => [e.id, e.key[0]])).toEqual([
      ['kept', 'a'],
      ['old', 'a'],
      ['broken', 'a'],
    ]);
  });
});
