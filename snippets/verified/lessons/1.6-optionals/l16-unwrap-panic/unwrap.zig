const std = @import("std");

fn findToken(ids: [5]u32, target: u32) ?usize {
    for (ids, 0..) |id, i| {
        if (id == target) return i;
    }
    return null;
}

test "the end token is always there" {
    const prompt = [_]u32{ 101, 7592, 2088, 999, 0 }; // truncated: no 102
    const end = findToken(prompt, 102).?;
    try std.testing.expectEqual(4, end);
}
