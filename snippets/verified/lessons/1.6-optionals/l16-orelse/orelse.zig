const std = @import("std");

fn findToken(ids: [5]u32, target: u32) ?usize {
    for (ids, 0..) |id, i| {
        if (id == target) return i;
    }
    return null;
}

/// How many tokens come before the first padding token (id 0):
/// all five when there is no padding.
fn realLength(ids: [5]u32) usize {
    return findToken(ids, 0) orelse ids.len;
}

test "padding or not" {
    try std.testing.expectEqual(3, realLength([_]u32{ 101, 7592, 102, 0, 0 }));
    try std.testing.expectEqual(5, realLength([_]u32{ 101, 7592, 2088, 999, 102 }));
}
