/**
 * A synthetic course of N Zig blocks for the benchmark, with the real course's
 * mix of modes (about a third passing tests, a fifth compile errors, a sixth
 * programs, the rest failing tests, panics and leaks) and blocks of its size
 * (15–30 lines, allocators, slices, ArrayList). Every block is distinct, so
 * nothing is deduplicated or cached across blocks.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface SyntheticBlock {
  meta: string;
  title: string;
  code: string;
  mode: 'test' | 'run' | 'build' | 'syntax';
}

type Template = (k: number) => SyntheticBlock;

const passingTest: Template = (k) => ({
  mode: 'test',
  title: `scale_${k}.zig`,
  meta: `title="scale_${k}.zig"`,
  code: `const std = @import("std");

/// Returns input × factor; the caller owns the returned memory.
fn scale(allocator: std.mem.Allocator, input: []const f64, factor: f64) ![]f64 {
    const out = try allocator.alloc(f64, input.len);
    for (input, out) |x, *y| y.* = x * factor;
    return out;
}

test "scale by ${k}" {
    const allocator = std.testing.allocator;
    const result = try scale(allocator, &.{ 1, 2, 3 }, ${k});
    defer allocator.free(result);
    try std.testing.expectEqual(@as(f64, 3 * ${k}), result[2]);
}

test "a list of ${k} tokens" {
    var tokens: std.ArrayList(u32) = .empty;
    defer tokens.deinit(std.testing.allocator);
    for (0..${(k % 17) + 3}) |i| try tokens.append(std.testing.allocator, @intCast(i));
    try std.testing.expectEqual(@as(usize, ${(k % 17) + 3}), tokens.items.len);
}
`,
});

const failingTest: Template = (k) => ({
  mode: 'test',
  title: `wrong_${k}.zig`,
  meta: `fail="expected ${k + 1}, found ${k}" title="wrong_${k}.zig"`,
  code: `const std = @import("std");

fn count(items: []const u8) usize {
    var n: usize = 0;
    for (items) |item| {
        if (item != 0) n += 1;
    }
    return n;
}

test "off by one" {
    var items: [${k}]u8 = undefined;
    @memset(&items, 1);
    try std.testing.expectEqual(@as(usize, ${k + 1}), count(&items));
}
`,
});

const compileError: Template = (k) =>
  k % 2
    ? {
        mode: 'test',
        title: `never_${k}.zig`,
        meta: `compile-error="never mutated" title="never_${k}.zig"`,
        code: `const std = @import("std");

test "a var that never changes ${k}" {
    var limit: u32 = ${k};
    try std.testing.expect(limit > 0);
}
`,
      }
    : {
        mode: 'test',
        title: `narrow_${k}.zig`,
        meta: `compile-error="cannot represent integer value" title="narrow_${k}.zig"`,
        code: `const std = @import("std");

test "a value too big for its type ${k}" {
    const small: u8 = ${256 + k};
    try std.testing.expect(small > 0);
}
`,
      };

const panickingTest: Template = (k) => ({
  mode: 'test',
  title: `bounds_${k}.zig`,
  meta: `panic="index out of bounds" title="bounds_${k}.zig"`,
  code: `const std = @import("std");

test "reading past the end ${k}" {
    const weights = [_]f32{ 0.5, 1.5, ${k}.0 };
    var i: usize = 3;
    _ = &i;
    try std.testing.expect(weights[i] > 0);
}
`,
});

const leakingTest: Template = (k) => ({
  mode: 'test',
  title: `forget_${k}.zig`,
  meta: `leak title="forget_${k}.zig"`,
  code: `const std = @import("std");

test "forgets to free ${k} bytes" {
    const buffer = try std.testing.allocator.alloc(u8, ${k});
    @memset(buffer, 0);
    try std.testing.expectEqual(@as(usize, ${k}), buffer.len);
}
`,
});

const program: Template = (k) => ({
  mode: 'run',
  title: `batch_${k}.zig`,
  meta: `run title="batch_${k}.zig"`,
  code: `const std = @import("std");

pub fn main() !void {
    var debug_allocator: std.heap.DebugAllocator(.{}) = .init;
    defer _ = debug_allocator.deinit();
    const gpa = debug_allocator.allocator();

    var arena = std.heap.ArenaAllocator.init(gpa);
    defer arena.deinit();
    const scratch = arena.allocator();

    var total: u64 = 0;
    for (0..${(k % 7) + 2}) |batch| {
        const values = try scratch.alloc(u64, ${k});
        for (values, 0..) |*v, i| v.* = i + batch;
        for (values) |v| total += v;
        _ = arena.reset(.retain_capacity);
    }
    std.debug.print("total after batches: {d}\\n", .{total});
}
`,
});

const leakingProgram: Template = (k) => ({
  mode: 'run',
  title: `leak_${k}.zig`,
  meta: `run leak title="leak_${k}.zig"`,
  code: `const std = @import("std");

pub fn main() !void {
    var debug_allocator: std.heap.DebugAllocator(.{}) = .init;
    defer _ = debug_allocator.deinit();
    const gpa = debug_allocator.allocator();
    const weights = try gpa.alloc(f32, ${k});
    @memset(weights, 0.5);
    std.debug.print("{d} weights loaded\\n", .{weights.len});
}
`,
});

const panickingProgram: Template = (k) => ({
  mode: 'run',
  title: `overflow_${k}.zig`,
  meta: `run panic="integer overflow" title="overflow_${k}.zig"`,
  code: `const std = @import("std");

pub fn main() void {
    var count: u8 = ${200 + (k % 55)};
    _ = &count;
    count += 100;
    std.debug.print("{d}\\n", .{count});
}
`,
});

/** The mix, per 30 blocks, close to the real course's. */
const MIX: [Template, number][] = [
  [passingTest, 10],
  [compileError, 6],
  [program, 5],
  [failingTest, 3],
  [panickingTest, 2],
  [leakingTest, 1],
  [leakingProgram, 2],
  [panickingProgram, 1],
];

/** The n blocks of a synthetic course; `salt` keeps courses of different runs distinct. */
export function syntheticBlocks(n: number, salt: number): SyntheticBlock[] {
  const cycle = MIX.flatMap(([template, count]) => Array.from({ length: count }, () => template));
  return Array.from({ length: n }, (_, i) => cycle[i % cycle.length]!((salt % 89) + i + 3));
}

/** Writes the blocks as lessons of ten blocks each under `root/content/lessons/`. */
export function writeSyntheticCourse(root: string, blocks: SyntheticBlock[]): void {
  const lessons = path.join(root, 'content', 'lessons');
  mkdirSync(lessons, { recursive: true });
  for (let start = 0, lesson = 1; start < blocks.length; start += 10, lesson++) {
    const body = blocks
      .slice(start, start + 10)
      .map((block, i) => `## Block ${start + i + 1}\n\n\`\`\`zig ${block.meta}\n${block.code}\`\`\`\n`)
      .join('\n');
    const frontmatter = `---\nnumber: "9.${lesson}"\ntitle: Benchmark lesson ${lesson}\nsummary: Synthetic blocks for the benchmark.\nobjectives:\n  - id: bench\n    text: Be verified quickly.\n---\n\n`;
    writeFileSync(path.join(lessons, `9.${lesson}-bench.mdx`), frontmatter + body);
  }
}
