import { describe, expect, it } from 'vitest';
import type { VerifyUnit } from '../../course/extract/unit.ts';
import { planBatches, soloReason } from '../../scripts/verify/run/batch/plan-batches.ts';
import { rewriteBatchOutput } from '../../scripts/verify/run/batch/rewrite-output.ts';
import type { SoloFrames } from '../../scripts/verify/run/batch/solo-frames.ts';

const unit = (id: string, mode: 'test' | 'run' | 'build' | 'syntax', source: string, expect: VerifyUnit['expect'] = { kind: 'pass' }): VerifyUnit => ({
  id,
  kind: 'fence',
  sourceFile: 'content/lessons/x.mdx',
  location: { file: 'content/lessons/x.mdx', line: 1, column: 1 },
  mode,
  expect,
  files: { 'main.zig': source },
  main: 'main.zig',
  origins: {},
  instructorOnly: false,
  inHint: false,
});

describe('planBatches', () => {
  it('keeps units alone when sharing a compile could change what they print', () => {
    expect(soloReason(unit('a', 'test', 'test {}', { kind: 'compile-error', text: 'x' }))).toContain('compile error');
    expect(soloReason(unit('b', 'test', 'const r = @import("root");'))).toContain('imports "root"');
    expect(soloReason(unit('c', 'run', 'pub fn main(init: std.process.Init) !void {}'))).toContain('takes arguments');
    expect(soloReason(unit('d', 'run', 'pub const std_options = .{};\npub fn main() void {}'))).toContain('root options');
    expect(soloReason(unit('e', 'run', 'pub fn main() !void {}'))).toBeUndefined();
    expect(soloReason(unit('f', 'test', 'test { try std.testing.expect(true); }', { kind: 'panic', text: 'x' }))).toBeUndefined();
  });

  it('shares compiles of compile-only blocks: with a main in the program, without one in an object', () => {
    const exe = unit('exe', 'build', 'pub fn main() void {}');
    const objects = [unit('o1', 'build', 'export fn one() u8 {\n    return 1;\n}'), unit('o2', 'build', 'export fn two() u8 {\n    return 2;\n}')];
    const plan = planBatches([unit('r', 'run', 'pub fn main() void {}'), exe, ...objects, unit('s', 'syntax', 'const x = 1;')], 80);
    expect(plan.run.map((batch) => batch.map((u) => u.id))).toEqual([['r', 'exe']]);
    expect(plan.obj.map((batch) => batch.map((u) => u.id))).toEqual([['o1', 'o2']]);
    expect(plan.solo.map((s) => s.unit.id)).toEqual(['s']);
    expect(soloReason(unit('m', 'build', 'export fn main() c_int {\n    return 0;\n}'))).toContain('names main');
    expect(soloReason(unit('a', 'build', 'pub fn main(init: std.process.Init) void {}'))).toContain('takes arguments');
    expect(soloReason(unit('p', 'build', 'pub const panic = @import("std").debug.no_panic;\nexport fn f() void {}'))).toContain('root options');
    expect(soloReason({ ...objects[0]!, options: { optimize: 'ReleaseFast' } })).toContain('compile options');
  });

  it('groups the rest by mode into even batches', () => {
    const tests = Array.from({ length: 5 }, (_, i) => unit(`t${i}`, 'test', 'test {}'));
    const runs = [unit('r0', 'run', 'pub fn main() void {}')];
    const plan = planBatches([...tests, ...runs, unit('ce', 'test', 'x', { kind: 'compile-error', text: 'x' })], 3);
    expect(plan.test.map((batch) => batch.map((u) => u.id))).toEqual([
      ['t0', 't1'],
      ['t2', 't3', 't4'],
    ]);
    expect(plan.run).toEqual([]);
    expect(plan.solo.map((s) => s.unit.id)).toEqual(['ce', 'r0']);
  });
});

const frames: SoloFrames = {
  testRunnerPath: '/zig/lib/compiler/test_runner.zig',
  testCall: { line: 295, column: 25, text: '        if (test_fn.func()) |_| {' },
  mainTerminalCall: { line: 74, column: 28, text: '        return mainTerminal(init);' },
  startPath: '/zig/lib/std/start.zig',
  noArgMainCall: { line: 788, column: 64, text: '    if (fn_info.param_types.len == 0) return wrapMain(root.main());' },
  minimalMainCall: { line: 789, column: 88, text: '    if (fn_info.param_types[0].? == std.process.Init.Minimal) return wrapMain(root.main(.{' },
  batchTestCall: { line: 86, column: 25, text: '        if (test_fn.func()) |_| {' },
  batchMainTerminalCall: { line: 34, column: 28, text: '        return mainTerminal(init);' },
};

describe('rewriteBatchOutput', () => {
  it("maps the batch test runner back to Zig's own, and module and type names back to the unit", () => {
    const batch = [
      '1/1 panic.test.oob...thread 708 panic: index out of bounds: index 5, len 3',
      '/tmp/b/zv_unit_0/panic.zig:6:8: 0x1249c2c in test.oob (zv_test_root.zig)',
      '    arr[i] = 3;',
      '       ^',
      '/tmp/b/zv_test_runner.zig:86:25: 0x1200268 in mainTerminal (zv_test_runner.zig)',
      '        if (test_fn.func()) |_| {',
      '                        ^',
      '/tmp/b/zv_test_runner.zig:34:28: 0x11ff687 in main (zv_test_runner.zig)',
      '        return mainTerminal(init);',
      '                           ^',
      'value: zv_unit_0.panic.Point{ .x = 1 }',
      'file: zv_unit_0/panic.zig',
      '1/1 panic.test.src...zv_unit_0/panic.zig',
    ].join('\n');
    expect(rewriteBatchOutput(batch, { kind: 'test', batchDir: '/tmp/b', unitMain: 'panic.zig', frames })).toBe(
      [
        '1/1 panic.test.oob...thread 708 panic: index out of bounds: index 5, len 3',
        '/tmp/b/zv_unit_0/panic.zig:6:8: 0x1249c2c in test.oob (panic.zig)',
        '    arr[i] = 3;',
        '       ^',
        '/zig/lib/compiler/test_runner.zig:295:25: 0x1200268 in mainTerminal (test_runner.zig)',
        '        if (test_fn.func()) |_| {',
        '                        ^',
        '/zig/lib/compiler/test_runner.zig:74:28: 0x11ff687 in main (test_runner.zig)',
        '        return mainTerminal(init);',
        '                           ^',
        'value: panic.Point{ .x = 1 }',
        'file: panic.zig',
        '1/1 panic.test.src...panic.zig',
      ].join('\n'),
    );
  });

  it('removes the dispatcher frame and restores the call of a no-argument main', () => {
    const batch = [
      'thread 1191 panic: index out of bounds: index 3, len 3',
      '/tmp/r/zv_unit_0/main.zig:6:36: 0x11e3c6f in main (zv_run_main.zig)',
      '    std.debug.print("{d}\\n", .{list[i]});',
      '                                   ^',
      '/tmp/r/zv_run_main.zig:8:75: 0x11e4029 in main (zv_run_main.zig)',
      '    if (std.mem.eql(u8, unit, "zv_unit_0")) return wrapMain(zv_unit_0.main());',
      '                                                                          ^',
      '/zig/lib/std/start.zig:789:88: 0x11e351f in callMain (std.zig)',
      '    if (fn_info.param_types[0].? == std.process.Init.Minimal) return wrapMain(root.main(.{',
      '                                                                                       ^',
      '/zig/lib/std/start.zig:248:5: 0x11e2f01 in _start (std.zig)',
    ].join('\n');
    expect(rewriteBatchOutput(batch, { kind: 'run', batchDir: '/tmp/r', unitMain: 'main.zig', frames })).toBe(
      [
        'thread 1191 panic: index out of bounds: index 3, len 3',
        '/tmp/r/zv_unit_0/main.zig:6:36: 0x11e3c6f in main (main.zig)',
        '    std.debug.print("{d}\\n", .{list[i]});',
        '                                   ^',
        '/zig/lib/std/start.zig:788:64: 0x11e351f in callMain (std.zig)',
        '    if (fn_info.param_types.len == 0) return wrapMain(root.main());',
        '                                                               ^',
        '/zig/lib/std/start.zig:248:5: 0x11e2f01 in _start (std.zig)',
      ].join('\n'),
    );
  });
});
