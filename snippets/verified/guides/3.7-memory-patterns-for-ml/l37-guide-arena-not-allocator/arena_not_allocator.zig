const std = @import("std");

fn weightedSums(allocator: std.mem.Allocator, input: []const f64, weights: []const f64) ![]f64 {
    const sums = try allocator.alloc(f64, 1);
    sums[0] = 0.0;
    for (input, weights) |x, w| sums[0] += x * w;
    return sums;
}

test "sums in scratch" {
    var arena = std.heap.ArenaAllocator.init(std.testing.allocator);
    defer arena.deinit();
    const sums = try weightedSums(arena, &[_]f64{ 1.0, 2.0 }, &[_]f64{ 0.5, 0.25 });
    try std.testing.expectEqual(1.0, sums[0]);
}
