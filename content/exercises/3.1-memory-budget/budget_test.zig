const std = @import("std");
const budget = @import("budget.zig");

const testing = std.testing;

const Pair = struct {
    id: u32,
    is_special: bool,
};

test "bytesFor: plain numbers" {
    try testing.expectEqual(@as(usize, 16), budget.bytesFor(f32, 4));
    try testing.expectEqual(@as(usize, 8000), budget.bytesFor(f64, 1000));
    try testing.expectEqual(@as(usize, 0), budget.bytesFor(u8, 0));
}

test "bytesFor: a struct takes its padded size" {
    // 4 + 1 = 5 bytes of fields, but an array of Pairs needs 8 bytes per Pair.
    try testing.expectEqual(@as(usize, 80), budget.bytesFor(Pair, 10));
}

test "denseLayerBytes: weights plus biases" {
    // 768 * 10 weights + 10 biases, 4 bytes each.
    try testing.expectEqual(@as(usize, 30_760), budget.denseLayerBytes(f32, 768, 10));
    // 2 * 3 weights + 3 biases, 8 bytes each.
    try testing.expectEqual(@as(usize, 72), budget.denseLayerBytes(f64, 2, 3));
}

test "placement: small fixed-size buffers go on the stack" {
    try testing.expectEqual(budget.Placement.stack, budget.placement(f32, 1000, true));
    // Exactly at the limit is still fine.
    try testing.expectEqual(budget.Placement.stack, budget.placement(u8, budget.stack_limit, true));
    // One byte over is not.
    try testing.expectEqual(budget.Placement.heap, budget.placement(u8, budget.stack_limit + 1, true));
}

test "placement: big or run-time-sized buffers go on the heap" {
    try testing.expectEqual(budget.Placement.heap, budget.placement(f32, 768 * 768, true));
    // Tiny, but its length is only known at run time.
    try testing.expectEqual(budget.Placement.heap, budget.placement(u8, 16, false));
}

test "countDistinct: repeated ids count once" {
    const tokens = [_]u32{ 5, 3, 5, 0, 3 };
    try testing.expectEqual(@as(usize, 3), try budget.countDistinct(tokens[0..], 10));
}

test "countDistinct: empty input has no distinct ids" {
    const tokens = [_]u32{};
    try testing.expectEqual(@as(usize, 0), try budget.countDistinct(tokens[0..], 10));
}

test "countDistinct: a large vocabulary decided at run time" {
    const tokens = [_]u32{ 49_999, 0, 49_999, 12_345 };
    try testing.expectEqual(@as(usize, 3), try budget.countDistinct(tokens[0..], 50_000));
}

test "countDistinct: an id outside the vocabulary is an error" {
    const tokens = [_]u32{ 1, 10 };
    try testing.expectError(error.TokenOutOfRange, budget.countDistinct(tokens[0..], 10));
}
