const std = @import("std");
const vectors = @import("vectors.zig");

const testing = std.testing;

test "filled: every element holds the value" {
    const v = try vectors.filled(testing.allocator, 5, 0.25);
    defer testing.allocator.free(v);

    try testing.expectEqual(5, v.len);
    try testing.expectEqualSlices(f32, &.{ 0.25, 0.25, 0.25, 0.25, 0.25 }, v);
}

test "filled: a zero-length vector is fine" {
    const v = try vectors.filled(testing.allocator, 0, 1.0);
    defer testing.allocator.free(v);

    try testing.expectEqual(0, v.len);
}

test "filled: passes OutOfMemory up to the caller" {
    try testing.expectError(error.OutOfMemory, vectors.filled(testing.failing_allocator, 3, 1.0));
}

test "normalized: the result sums to one" {
    const counts = [_]f32{ 1, 1, 2 };
    const probs = try vectors.normalized(testing.allocator, &counts);
    defer testing.allocator.free(probs);

    try testing.expectEqualSlices(f32, &.{ 0.25, 0.25, 0.5 }, probs);
}

test "normalized: the input is left alone and the result is new memory" {
    var counts = [_]f32{ 3, 1 };
    const probs = try vectors.normalized(testing.allocator, &counts);
    defer testing.allocator.free(probs);

    counts[0] = 100; // changing the input afterwards must not change the result
    try testing.expectEqualSlices(f32, &.{ 0.75, 0.25 }, probs);
}

test "normalized: an empty or all-zero input is an error, and nothing leaks" {
    try testing.expectError(error.ZeroSum, vectors.normalized(testing.allocator, &.{}));
    try testing.expectError(error.ZeroSum, vectors.normalized(testing.allocator, &.{ 0, 0, 0 }));
    // failing_allocator refuses every request. A function that checks its
    // input before asking for memory never gets to ask it.
    try testing.expectError(error.ZeroSum, vectors.normalized(testing.failing_allocator, &.{ 0, 0, 0 }));
}

test "normalized: passes OutOfMemory up to the caller" {
    try testing.expectError(error.OutOfMemory, vectors.normalized(testing.failing_allocator, &.{ 1, 2 }));
}

test "ownedLabel: the copy survives the buffer it came from" {
    var buffer = [_]u8{ 'c', 'a', 't' };
    const label = try vectors.ownedLabel(testing.allocator, &buffer);
    defer testing.allocator.free(label);

    buffer[0] = 'b'; // the buffer is reused for the next label
    try testing.expectEqualStrings("cat", label);
}

test "ownedLabel: passes OutOfMemory up to the caller" {
    try testing.expectError(error.OutOfMemory, vectors.ownedLabel(testing.failing_allocator, "dog"));
}

test "summarize: count, min and max on the heap" {
    const stats = try vectors.summarize(testing.allocator, &.{ 0.5, -2.0, 3.5, 1.0 });
    defer testing.allocator.destroy(stats);

    try testing.expectEqual(4, stats.count);
    try testing.expectEqual(-2.0, stats.min);
    try testing.expectEqual(3.5, stats.max);
}

test "summarize: a single element is both min and max" {
    const stats = try vectors.summarize(testing.allocator, &.{7.0});
    defer testing.allocator.destroy(stats);

    try testing.expectEqual(1, stats.count);
    try testing.expectEqual(7.0, stats.min);
    try testing.expectEqual(7.0, stats.max);
}

test "summarize: an empty input is an error, and nothing leaks" {
    try testing.expectError(error.EmptyInput, vectors.summarize(testing.allocator, &.{}));
    try testing.expectError(error.EmptyInput, vectors.summarize(testing.failing_allocator, &.{}));
}

test "summarize: passes OutOfMemory up to the caller" {
    try testing.expectError(error.OutOfMemory, vectors.summarize(testing.failing_allocator, &.{1.0}));
}
