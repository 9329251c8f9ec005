/**
 * A synthetic corpus shaped like a language reference rather than a course:
 * many short blocks, each showing one feature, in a reference's mix (per 20
 * blocks: 9 tests, 4 programs, 3 expected compile errors, 3 compile-only or
 * syntax-only blocks, 1 safety panic; that is 45/20/15/15/5 %). Each kind has
 * several templates showing different features, and every block differs from
 * every other (its numbers come from its position), so nothing is deduplicated.
 * Deterministic: the same n and salt give the same blocks.
 */
import type { SyntheticBlock } from './synthetic-course.ts';

type Template = (k: number) => SyntheticBlock;

const test = (name: string, meta: string, code: string): SyntheticBlock => ({ mode: 'test', title: name, meta: `${meta} title="${name}"`.trim(), code });

const tests: Template[] = [
  (k) =>
    test(
      `wrapping_${k}.zig`,
      '',
      `const std = @import("std");

test "wrapping and saturating arithmetic ${k}" {
    const a: u8 = ${200 + (k % 50)};
    try std.testing.expectEqual(@as(u8, ${(200 + (k % 50) + 100) % 256}), a +% 100);
    try std.testing.expectEqual(@as(u8, 255), a +| 100);
    try std.testing.expectEqual(@as(u16, ${200 + (k % 50) + 100}), @as(u16, a) + 100);
}
`,
    ),
  (k) =>
    test(
      `optional_${k}.zig`,
      '',
      `const std = @import("std");

fn find(haystack: []const u32, needle: u32) ?usize {
    for (haystack, 0..) |item, i| {
        if (item == needle) return i;
    }
    return null;
}

test "optionals and orelse ${k}" {
    const items = [_]u32{ ${k}, ${k + 1}, ${k + 2} };
    try std.testing.expectEqual(@as(?usize, 1), find(&items, ${k + 1}));
    try std.testing.expectEqual(@as(usize, 99), find(&items, 0) orelse 99);
    if (find(&items, ${k + 2})) |index| try std.testing.expect(index == 2) else return error.NotFound;
}
`,
    ),
  (k) =>
    test(
      `errors_${k}.zig`,
      '',
      `const std = @import("std");

const ParseError = error{ Empty, TooLong };

fn checkedLength(text: []const u8) ParseError!usize {
    if (text.len == 0) return error.Empty;
    if (text.len > ${(k % 20) + 5}) return error.TooLong;
    return text.len;
}

test "error unions, try and catch ${k}" {
    try std.testing.expectError(error.Empty, checkedLength(""));
    try std.testing.expectEqual(@as(usize, 3), try checkedLength("abc"));
    const fallback = checkedLength("${'x'.repeat((k % 20) + 6)}") catch |err| switch (err) {
        error.TooLong => @as(usize, 0),
        error.Empty => unreachable,
    };
    try std.testing.expectEqual(@as(usize, 0), fallback);
}
`,
    ),
  (k) =>
    test(
      `point_${k}.zig`,
      '',
      `const std = @import("std");

const Point = struct {
    x: i32,
    y: i32 = ${k},

    fn manhattan(self: Point, other: Point) u32 {
        return @abs(self.x - other.x) + @abs(self.y - other.y);
    }
};

test "structs, defaults and methods ${k}" {
    const origin: Point = .{ .x = 0, .y = 0 };
    const p: Point = .{ .x = -${(k % 9) + 1} };
    try std.testing.expectEqual(@as(u32, ${(k % 9) + 1 + k}), p.manhattan(origin));
}
`,
    ),
  (k) =>
    test(
      `shape_${k}.zig`,
      '',
      `const std = @import("std");

const Shape = union(enum) {
    square: f32,
    rect: struct { w: f32, h: f32 },
    empty,

    fn area(shape: Shape) f32 {
        return switch (shape) {
            .square => |side| side * side,
            .rect => |r| r.w * r.h,
            .empty => 0,
        };
    }
};

test "tagged unions and switch ${k}" {
    try std.testing.expectEqual(@as(f32, ${(k % 11) * (k % 11)}), (Shape{ .square = ${k % 11} }).area());
    try std.testing.expectEqual(@as(f32, ${2 * (k % 7)}), (Shape{ .rect = .{ .w = 2, .h = ${k % 7} } }).area());
    try std.testing.expectEqual(@as(f32, 0), (Shape{ .empty = {} }).area());
}
`,
    ),
  (k) =>
    test(
      `generic_${k}.zig`,
      '',
      `const std = @import("std");

fn Pair(comptime T: type) type {
    return struct {
        first: T,
        second: T,

        fn sum(self: @This()) T {
            return self.first + self.second;
        }
    };
}

fn largest(comptime T: type, items: []const T) T {
    var best = items[0];
    for (items[1..]) |item| best = @max(best, item);
    return best;
}

test "comptime type parameters ${k}" {
    const p: Pair(u64) = .{ .first = ${k}, .second = ${k * 3} };
    try std.testing.expectEqual(@as(u64, ${k * 4}), p.sum());
    try std.testing.expectEqual(@as(i16, ${(k % 300) + 3}), largest(i16, &.{ -4, ${(k % 300) + 3}, 2 }));
}
`,
    ),
  (k) =>
    test(
      `loops_${k}.zig`,
      '',
      `const std = @import("std");

test "while with a continue expression, labeled break ${k}" {
    var sum: u32 = 0;
    var i: u32 = 0;
    while (i < ${(k % 13) + 4}) : (i += 1) {
        if (i % 3 == 0) continue;
        sum += i;
    }
    const found = outer: for (0..${(k % 5) + 2}) |row| {
        for (0..4) |col| {
            if (row * col == 3) break :outer true;
        }
    } else false;
    try std.testing.expect(sum > 0);
    try std.testing.expectEqual(${(k % 5) + 2 > 1 ? 'true' : 'false'}, found);
}
`,
    ),
  (k) =>
    test(
      `colors_${k}.zig`,
      '',
      `const std = @import("std");

const Color = enum(u8) {
    red = ${k % 50},
    green,
    blue,

    fn next(self: Color) Color {
        return @enumFromInt((@intFromEnum(self) - ${k % 50} + 1) % 3 + ${k % 50});
    }
};

test "enums, values and names ${k}" {
    try std.testing.expectEqual(@as(u8, ${(k % 50) + 2}), @intFromEnum(Color.blue));
    try std.testing.expectEqual(Color.red, Color.blue.next());
    try std.testing.expect(std.mem.eql(u8, "green", @tagName(Color.red.next())));
}
`,
    ),
  (k) =>
    test(
      `list_${k}.zig`,
      '',
      `const std = @import("std");

test "an ArrayList with the testing allocator ${k}" {
    const gpa = std.testing.allocator;
    var list: std.ArrayList(u16) = .empty;
    defer list.deinit(gpa);
    for (0..${(k % 30) + 1}) |i| try list.append(gpa, @intCast(i * 2));
    try std.testing.expectEqual(@as(usize, ${(k % 30) + 1}), list.items.len);
    try std.testing.expectEqual(@as(u16, ${(k % 30) * 2}), list.getLast());
    const popped = list.pop();
    try std.testing.expect(popped != null);
}
`,
    ),
];

const run = (name: string, code: string): SyntheticBlock => ({ mode: 'run', title: name, meta: `run title="${name}"`, code });

const programs: Template[] = [
  (k) =>
    run(
      `format_${k}.zig`,
      `const std = @import("std");

pub fn main() void {
    const ratio: f64 = ${k}.0 / 8.0;
    std.debug.print("{d} items, ratio {d:.3}, hex {x}\\n", .{ ${k}, ratio, ${k * 17} });
}
`,
    ),
  (k) =>
    run(
      `words_${k}.zig`,
      `const std = @import("std");

pub fn main() void {
    const text = "alpha beta  gamma delta-${k} epsilon";
    var words = std.mem.tokenizeScalar(u8, text, ' ');
    var count: usize = 0;
    while (words.next()) |word| {
        count += 1;
        std.debug.print("{d}: {s}\\n", .{ count, word });
    }
}
`,
    ),
  (k) =>
    run(
      `squares_${k}.zig`,
      `const std = @import("std");

pub fn main() !void {
    var debug_allocator: std.heap.DebugAllocator(.{}) = .init;
    defer _ = debug_allocator.deinit();
    const gpa = debug_allocator.allocator();

    var squares: std.ArrayList(u64) = .empty;
    defer squares.deinit(gpa);
    for (1..${(k % 9) + 3}) |n| try squares.append(gpa, n * n + ${k});
    std.debug.print("{any}\\n", .{squares.items});
}
`,
    ),
  (k) =>
    run(
      `fizz_${k}.zig`,
      `const std = @import("std");

pub fn main() void {
    for (${k}..${k + 8}) |n| {
        if (n % 15 == 0) {
            std.debug.print("FizzBuzz\\n", .{});
        } else if (n % 3 == 0) {
            std.debug.print("Fizz\\n", .{});
        } else if (n % 5 == 0) {
            std.debug.print("Buzz\\n", .{});
        } else {
            std.debug.print("{d}\\n", .{n});
        }
    }
}
`,
    ),
];

const compileErrors: Template[] = [
  // Semantic analysis (sema): most of a reference's expected errors.
  (k) =>
    test(
      `mismatch_${k}.zig`,
      `compile-error="expected type 'u32'"`,
      `const std = @import("std");

fn half(value: u32) u32 {
    return value / 2;
}

test "a float where an integer is expected ${k}" {
    var x: f32 = ${k}.5;
    _ = &x;
    try std.testing.expect(half(x) > 0);
}
`,
    ),
  (k) =>
    test(
      `prong_${k}.zig`,
      `compile-error="switch must handle all possibilities"`,
      `const std = @import("std");

const Mode = enum { read, write, append${k % 2 ? ', truncate' : ''} };

fn describe(mode: Mode) []const u8 {
    return switch (mode) {
        .read => "r",
        .write => "w",
    };
}

test "a switch that forgets a case ${k}" {
    try std.testing.expect(describe(.read).len == 1);
}
`,
    ),
  (k) =>
    test(
      `assert_${k}.zig`,
      `compile-error="buffer of ${(k % 40) + 65} bytes is too large"`,
      `const std = @import("std");

fn Buffer(comptime size: usize) type {
    if (size > 64) @compileError(std.fmt.comptimePrint("buffer of {d} bytes is too large", .{size}));
    return struct { bytes: [size]u8 };
}

test "a comptime check that fails ${k}" {
    const b: Buffer(${(k % 40) + 65}) = undefined;
    _ = b;
}
`,
    ),
  (k) =>
    test(
      `narrow_${k}.zig`,
      `compile-error="cannot represent integer value"`,
      `const std = @import("std");

test "an integer literal too big for its type ${k}" {
    const small: i8 = ${128 + k};
    try std.testing.expect(small != 0);
}
`,
    ),
  // AstGen: found by ast-check, before any analysis.
  (k) =>
    test(
      `unused_${k}.zig`,
      `compile-error="unused local constant"`,
      `const std = @import("std");

test "a constant nobody reads ${k}" {
    const unused = ${k};
    try std.testing.expect(true);
}
`,
    ),
  (k) =>
    test(
      `undeclared_${k}.zig`,
      `compile-error="use of undeclared identifier"`,
      `const std = @import("std");

test "a name that does not exist ${k}" {
    try std.testing.expectEqual(@as(u32, ${k}), totl);
}
`,
    ),
];

const compileOnly: Template[] = [
  (k) => ({
    mode: 'build',
    title: `exported_${k}.zig`,
    meta: `build title="exported_${k}.zig"`,
    code: `/// Exported for C callers: compiled to an object, never run.
export fn scaled_sum_${k}(values: [*]const i32, len: usize) i64 {
    var total: i64 = 0;
    for (values[0..len]) |v| total += @as(i64, v) * ${(k % 10) + 1};
    return total;
}
`,
  }),
  (k) => ({
    mode: 'build',
    title: `tool_${k}.zig`,
    meta: `build title="tool_${k}.zig"`,
    code: `const std = @import("std");

/// A command-line tool: built as an executable, never run.
pub fn main() void {
    const limit: u32 = ${k};
    var budget: u32 = limit;
    while (budget > 1) budget /= 2;
    std.debug.print("limit {d}, budget {d}\\n", .{ limit, budget });
}
`,
  }),
  (k) => ({
    mode: 'syntax',
    title: `grammar_${k}.zig`,
    meta: `syntax title="grammar_${k}.zig"`,
    code: `// Only parsed: a container with fields, defaults and a nested declaration.
const Config_${k} = struct {
    name: []const u8 = "config-${k}",
    retries: u8 = ${k % 9},
    const Self = @This();
};

const table_${k} = [_]u8{ ${k % 256}, ${(k * 7) % 256}, ${(k * 13) % 256} };
`,
  }),
];

const panics: Template[] = [
  (k) =>
    test(
      `bounds_${k}.zig`,
      'panic="index out of bounds"',
      `const std = @import("std");

test "reading past the end ${k}" {
    const items = [_]u16{ ${k}, ${k + 1}, ${k + 2} };
    var i: usize = ${3 + (k % 4)};
    _ = &i;
    try std.testing.expect(items[i] > 0);
}
`,
    ),
  (k) => ({
    mode: 'run',
    title: `overflow_${k}.zig`,
    meta: `run panic="integer overflow" title="overflow_${k}.zig"`,
    code: `const std = @import("std");

pub fn main() void {
    var level: u8 = ${200 + (k % 55)};
    _ = &level;
    level += ${60 + (k % 40)};
    std.debug.print("{d}\\n", .{level});
}
`,
  }),
  (k) =>
    test(
      `null_${k}.zig`,
      'panic="attempt to use null value"',
      `const std = @import("std");

test "unwrapping a null optional ${k}" {
    var maybe: ?u32 = null;
    if (${k} % 2 == 7) maybe = ${k};
    try std.testing.expect(maybe.? > 0);
}
`,
    ),
];

/** Per 20 blocks: which kind, in an interleaved order (a reference mixes them page by page). */
const CYCLE: Template[][] = [
  tests,
  programs,
  tests,
  compileErrors,
  tests,
  compileOnly,
  tests,
  programs,
  tests,
  compileErrors,
  tests,
  compileOnly,
  tests,
  programs,
  panics,
  tests,
  compileErrors,
  compileOnly,
  tests,
  programs,
];

/** The n blocks of the corpus; `salt` keeps corpora of different runs distinct to Zig's cache. */
export function referenceBlocks(n: number, salt: number): SyntheticBlock[] {
  const used = new Map<Template[], number>();
  return Array.from({ length: n }, (_, i) => {
    const kind = CYCLE[i % CYCLE.length]!;
    const turn = used.get(kind) ?? 0;
    used.set(kind, turn + 1);
    return kind[turn % kind.length]!((salt % 89) + i + 3);
  });
}
