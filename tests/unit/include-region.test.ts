import { describe, expect, it } from 'vitest';
import { extractRegion, listAnchors } from '../../scripts/verify/extract/include-region.ts';

const file = [
  'const std = @import("std");', // 1
  '// ANCHOR: model', // 2
  'const Model = struct {', // 3
  '    // ANCHOR: field', // 4
  '    weights: []f64,', // 5
  '    // ANCHOR_END: field', // 6
  '};', // 7
  '// ANCHOR_END: model', // 8
  'test {', // 9
  '    // ANCHOR: body', // 10
  '    const x = 1;', // 11
  '    _ = x;', // 12
  '    // ANCHOR_END: body', // 13
  '}', // 14
  '',
].join('\n');

describe('extractRegion', () => {
  it('shows an anchor region without nested markers, mapped to file lines', () => {
    expect(extractRegion(file, 'model')).toEqual({
      ok: true,
      firstLine: 3,
      view: { code: 'const Model = struct {\n    weights: []f64,\n};', lineMap: [3, 5, 7] },
    });
  });
  it('dedents an indented region', () => {
    expect(extractRegion(file, 'body')).toMatchObject({ ok: true, view: { code: 'const x = 1;\n_ = x;' } });
  });
  it('shows the whole file without markers when no anchor is given', () => {
    const result = extractRegion(file, undefined);
    expect(result.ok && result.view.code).not.toContain('ANCHOR');
    expect(result.ok && result.view.lineMap[0]).toBe(1);
  });
  it('names the anchors a file has when one is missing', () => {
    expect(listAnchors(file)).toEqual(['model', 'field', 'body']);
    expect(extractRegion(file, 'weights')).toEqual({
      ok: false,
      message: 'anchor "weights" not found',
      fix: 'use one of the anchors this file defines: model, field, body',
    });
  });
  it('rejects an anchor that is never closed', () => {
    expect(extractRegion('// ANCHOR: a\nx', 'a')).toMatchObject({ ok: false, message: 'anchor "a" is never closed' });
  });
});
