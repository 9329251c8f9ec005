const std = @import("std");

fn normalized(allocator: std.mem.Allocator, xs: []const f32) ![]f32 {
    const out = try allocator.alloc(f32, xs.len); // allocated too early
    var total: f32 = 0;
    for (xs) |x| total += x;
    if (total == 0) return error.ZeroSum; // `out` is lost here
    for (xs, 0..) |x, i| out[i] = x / total;
    return out;
}

test "an all-zero input is an error, and nothing leaks" {
    try std.testing.expectError(error.ZeroSum, normalized(std.testing.allocator, &.{ 0, 0, 0 }));
}
