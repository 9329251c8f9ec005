const std = @import("std");

fn findToken(ids: [5]u32, target: u32) ?usize {
    for (ids, 0..) |id, i| {
        if (id == target) return i;
    }
    return null;
}

/// How many tokens lie between the start token 101 and the end token 102,
/// or null when either is missing.
fn spanLength(ids: [5]u32) ?usize {
    const start = findToken(ids, 101) orelse return null;
    const end = findToken(ids, 102) orelse return null;
    if (end < start) return null;
    return end - start - 1;
}

test "a span needs both ends" {
    try std.testing.expectEqual(2, spanLength([_]u32{ 101, 7592, 2088, 102, 0 }));
    try std.testing.expectEqual(null, spanLength([_]u32{ 101, 7592, 2088, 999, 0 }));
}
