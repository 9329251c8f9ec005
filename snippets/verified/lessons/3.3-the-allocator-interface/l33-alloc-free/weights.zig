const std = @import("std");

pub fn main() !void {
    const allocator = std.heap.page_allocator;

    const weights = try allocator.alloc(f32, 4);
    defer allocator.free(weights);

    weights[0] = 0.5;
    weights[1] = -0.25;
    weights[2] = 1.0;
    weights[3] = 0.75;
    std.debug.print("{d} weights: {any}\n", .{ weights.len, weights });
}
