const std = @import("std");

/// Returns a new vector with every element of `xs` multiplied by `factor`.
/// The caller owns the returned memory.
fn scaled(allocator: std.mem.Allocator, xs: []const f32, factor: f32) ![]f32 {
    const out = try allocator.alloc(f32, xs.len);
    for (xs, 0..) |x, i| {
        out[i] = x * factor;
    }
    return out;
}

test "scaled leaves the input alone and returns a new vector" {
    const allocator = std.testing.allocator;
    const logits = [_]f32{ 2.0, -1.0, 0.5 };

    const halved = try scaled(allocator, &logits, 0.5);
    defer allocator.free(halved);

    try std.testing.expectEqualSlices(f32, &.{ 1.0, -0.5, 0.25 }, halved);
    try std.testing.expectEqual(2.0, logits[0]);
}
