const std = @import("std");

fn findToken(ids: [5]u32, target: u32) ?usize {
    for (ids, 0..) |id, i| {
        if (id == target) return i;
    }
    return null;
}

test "the position of the separator" {
    const prompt = [_]u32{ 101, 7592, 2088, 999, 102 };
    const sep: usize = findToken(prompt, 102);
    try std.testing.expectEqual(4, sep);
}
