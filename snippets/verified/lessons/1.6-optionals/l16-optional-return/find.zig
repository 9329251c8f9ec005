const std = @import("std");

fn findToken(ids: [5]u32, target: u32) ?usize {
    for (ids, 0..) |id, i| {
        if (id == target) return i;
    }
    return null;
}

pub fn main() void {
    const prompt = [_]u32{ 101, 7592, 2088, 999, 102 };
    const where_world: ?usize = findToken(prompt, 2088);
    const where_pad: ?usize = findToken(prompt, 0);
    std.debug.print("2088 at {any}, 0 at {any}\n", .{ where_world, where_pad });
}
