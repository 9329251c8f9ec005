const std = @import("std");

/// Returns the position ids 0, 1, ..., n-1 of a sequence of n tokens.
/// The caller owns the returned memory.
fn positionIds(allocator: std.mem.Allocator, n: usize) ![]usize {
    const ids = try allocator.alloc(usize, n);
    for (0..n) |i| {
        ids[i] = i;
    }
    return ids;
}

test "four positions" {
    const ids = try positionIds(std.testing.allocator, 4);
    try std.testing.expectEqual(3, ids[3]);
}
