import { describe, expect, it } from 'vitest';
import { applyHiddenLines } from '../../scripts/verify/extract/hidden-lines.ts';

describe('applyHiddenLines', () => {
  it('shows everything when nothing is hidden', () => {
    expect(applyHiddenLines('a\nb')).toEqual({ ok: true, view: { code: 'a\nb', lineMap: [1, 2] } });
  });
  it('hides a region and its markers, keeping a map to compiled lines', () => {
    const code = ['// hide-start', 'const std = @import("std");', '// hide-end', 'test "x" {', '    try f();', '}'].join('\n');
    const result = applyHiddenLines(code);
    expect(result).toEqual({ ok: true, view: { code: 'test "x" {\n    try f();\n}', lineMap: [4, 5, 6] } });
  });
  it('hides regions in the middle and at the end, trimming blank edges', () => {
    const code = [
      'fn a() void {}',
      '',
      '    // hide-start',
      'fn b() void {}',
      '    // hide-end',
      'fn c() void {}',
      '',
      '// hide-start',
      'test {}',
      '// hide-end',
    ].join('\n');
    const result = applyHiddenLines(code);
    expect(result.ok && result.view).toEqual({ code: 'fn a() void {}\n\nfn c() void {}', lineMap: [1, 2, 6] });
  });
  it('reports unbalanced markers with their line', () => {
    expect(applyHiddenLines('a\n// hide-end')).toMatchObject({ ok: false, problem: { line: 2 } });
    expect(applyHiddenLines('// hide-start\na')).toMatchObject({ ok: false, problem: { line: 1, message: expect.stringContaining('never closed') } });
    expect(applyHiddenLines('// hide-start\n// hide-start\n// hide-end')).toMatchObject({ ok: false, problem: { line: 2 } });
  });
});
