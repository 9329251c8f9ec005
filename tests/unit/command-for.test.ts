import { describe, expect, it } from 'vitest';
import { buildsExecutable, commandFor, isRun } from '../../scripts/verify/extract/unit.ts';

describe("commandFor: the command that reproduces a block's output", () => {
  it('is unchanged for plain test and run blocks', () => {
    expect(commandFor({ mode: 'test', main: 'a.zig' })).toBe('zig test a.zig');
    expect(commandFor({ mode: 'run', main: 'main.zig' })).toBe('zig run main.zig');
  });
  it('builds an executable or an object, parses, and shows the options', () => {
    expect(commandFor({ mode: 'build', main: 'tool.zig', files: { 'tool.zig': 'pub fn main() void {}\n' } })).toBe('zig build-exe tool.zig');
    expect(commandFor({ mode: 'build', main: 'lib.zig', files: { 'lib.zig': 'export fn f() void {}\n' } })).toBe('zig build-obj lib.zig');
    expect(commandFor({ mode: 'syntax', main: 'example.zig' })).toBe('zig ast-check example.zig');
    expect(commandFor({ mode: 'test', main: 'a.zig', options: { linkLibc: true, optimize: 'ReleaseSafe' } })).toBe('zig test a.zig -lc -O ReleaseSafe');
    expect(commandFor({ mode: 'run', main: 'm.zig', options: { optimize: 'ReleaseSmall' } })).toBe('zig run m.zig -O ReleaseSmall');
  });
  it('compiles for another target without running', () => {
    expect(commandFor({ mode: 'run', main: 'arm.zig', options: { target: 'aarch64-linux' } })).toBe('zig build-exe arm.zig -target aarch64-linux');
    expect(commandFor({ mode: 'test', main: 'a.zig', options: { target: 'x86_64-windows' } })).toBe('zig test a.zig -target x86_64-windows --test-no-exec');
    expect(isRun({ mode: 'run', options: { target: 'aarch64-linux' } })).toBe(false);
    expect(isRun({ mode: 'test' })).toBe(true);
    expect(isRun({ mode: 'build' })).toBe(false);
    expect(buildsExecutable({ mode: 'run', main: 'm.zig' })).toBe(true);
  });
});
