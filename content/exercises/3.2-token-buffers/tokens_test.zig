const std = @import("std");
const tokens = @import("tokens.zig");

const testing = std.testing;

test "accumulate: adds to the caller's total" {
    var total: f32 = 1.0;
    const losses = [_]f32{ 0.5, 0.25 };
    tokens.accumulate(&total, &losses);
    try testing.expectEqual(@as(f32, 1.75), total);

    // Nothing to add leaves the total alone.
    tokens.accumulate(&total, losses[0..0]);
    try testing.expectEqual(@as(f32, 1.75), total);
}

test "scale: changes the caller's array in place" {
    var logits = [_]f32{ 2.0, -4.0, 6.0 };
    tokens.scale(&logits, 0.5);
    try testing.expectEqualSlices(f32, &.{ 1.0, -2.0, 3.0 }, &logits);
}

test "scale: works on part of an array" {
    var logits = [_]f32{ 2.0, 4.0, 6.0, 8.0 };
    tokens.scale(logits[1..3], 10.0);
    try testing.expectEqualSlices(f32, &.{ 2.0, 40.0, 60.0, 8.0 }, &logits);
}

test "window: returns a view into the tokens" {
    var prompt = [_]u32{ 101, 7592, 2088, 999, 102 };
    const w = try tokens.window(&prompt, 1, 3);
    try testing.expectEqualSlices(u32, &.{ 7592, 2088, 999 }, w);

    // A view, not a copy: a change to the prompt shows through.
    prompt[1] = 42;
    try testing.expectEqual(@as(u32, 42), w[0]);
}

test "window: the edges" {
    const prompt = [_]u32{ 101, 7592, 102 };
    try testing.expectEqualSlices(u32, &.{ 101, 7592, 102 }, try tokens.window(&prompt, 0, 3));
    try testing.expectEqual(@as(usize, 0), (try tokens.window(&prompt, 3, 0)).len);
}

test "window: out of range is an error, not a panic" {
    const prompt = [_]u32{ 101, 7592, 102 };
    try testing.expectError(error.OutOfRange, tokens.window(&prompt, 1, 3));
    try testing.expectError(error.OutOfRange, tokens.window(&prompt, 4, 0));
}

test "joinInto: copies both parts into the caller's buffer" {
    const system = [_]u32{ 1, 2 };
    const user = [_]u32{ 7, 8, 9 };
    var buffer: [8]u32 = undefined;
    const joined = try tokens.joinInto(&buffer, &system, &user);
    try testing.expectEqualSlices(u32, &.{ 1, 2, 7, 8, 9 }, joined);

    // The result is the caller's buffer, not new memory.
    joined[0] = 100;
    try testing.expectEqual(@as(u32, 100), buffer[0]);
}

test "joinInto: an exact fit and empty parts" {
    const a = [_]u32{ 5, 6 };
    const none = [_]u32{};
    var buffer: [2]u32 = undefined;
    try testing.expectEqualSlices(u32, &.{ 5, 6 }, try tokens.joinInto(&buffer, &a, &none));
    try testing.expectEqualSlices(u32, &.{ 5, 6 }, try tokens.joinInto(&buffer, &none, &a));
}

test "joinInto: a buffer that is too small is an error" {
    const a = [_]u32{ 5, 6 };
    const b = [_]u32{7};
    var buffer: [2]u32 = undefined;
    try testing.expectError(error.BufferTooSmall, tokens.joinInto(&buffer, &a, &b));
}

test "countMatches: counts every occurrence, overlapping ones too" {
    const text = [_]u32{ 3, 4, 3, 4, 3 };
    try testing.expectEqual(@as(usize, 2), tokens.countMatches(&text, &.{ 3, 4 }));
    try testing.expectEqual(@as(usize, 2), tokens.countMatches(&text, &.{ 3, 4, 3 }));
    try testing.expectEqual(@as(usize, 3), tokens.countMatches(&text, &.{3}));
}

test "countMatches: no match, empty pattern, pattern longer than the tokens" {
    const text = [_]u32{ 3, 4, 3 };
    try testing.expectEqual(@as(usize, 1), tokens.countMatches(&text, &.{ 4, 3 }));
    try testing.expectEqual(@as(usize, 0), tokens.countMatches(&text, &.{ 4, 4 }));
    try testing.expectEqual(@as(usize, 0), tokens.countMatches(&text, &.{}));
    try testing.expectEqual(@as(usize, 0), tokens.countMatches(&text, &.{ 3, 4, 3, 4 }));
}
