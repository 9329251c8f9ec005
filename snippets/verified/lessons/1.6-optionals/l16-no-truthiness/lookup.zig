const std = @import("std");

fn findToken(ids: [5]u32, target: u32) ?usize {
    for (ids, 0..) |id, i| {
        if (id == target) return i;
    }
    return null;
}

test "the start token is there" {
    const prompt = [_]u32{ 101, 7592, 2088, 999, 102 };
    var found = false;
    if (findToken(prompt, 101)) {
        found = true;
    }
    try std.testing.expect(found);
}
