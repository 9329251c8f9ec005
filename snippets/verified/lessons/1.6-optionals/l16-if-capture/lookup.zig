const std = @import("std");

fn findToken(ids: [5]u32, target: u32) ?usize {
    for (ids, 0..) |id, i| {
        if (id == target) return i;
    }
    return null;
}

fn describe(ids: [5]u32, target: u32) void {
    if (findToken(ids, target)) |position| {
        std.debug.print("{d} is token number {d}\n", .{ target, position + 1 });
    } else {
        std.debug.print("{d} is not in the prompt\n", .{target});
    }
}

pub fn main() void {
    const prompt = [_]u32{ 101, 7592, 2088, 999, 102 };
    describe(prompt, 999);
    describe(prompt, 42);
}
