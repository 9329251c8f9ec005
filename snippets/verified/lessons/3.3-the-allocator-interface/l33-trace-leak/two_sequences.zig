const std = @import("std");
// hide-start
const trace = @import("trace.zig");
// hide-end

fn positionIds(allocator: std.mem.Allocator, n: usize) ![]usize {
    const ids = try allocator.alloc(usize, n);
    for (0..n) |i| {
        ids[i] = i;
    }
    return ids;
}

test "two sequences, one free forgotten" {
    // hide-start
    var traced = trace.Tracer.init("testing", .backing, std.testing.allocator);
    const allocator = traced.allocator();
    // hide-end
    const first = try positionIds(allocator, 4);
    defer allocator.free(first);
    const second = try positionIds(allocator, 6);
    try std.testing.expectEqual(5, second[5]);
}
