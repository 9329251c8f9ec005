const std = @import("std");

fn positionIds(allocator: std.mem.Allocator, n: usize) ![]usize {
    const ids = try allocator.alloc(usize, n);
    for (0..n) |i| {
        ids[i] = i;
    }
    return ids;
}

test "positionIds reports OutOfMemory instead of crashing" {
    try std.testing.expectError(error.OutOfMemory, positionIds(std.testing.failing_allocator, 4));
}
