const std = @import("std");

fn clipTo(values: []u32, limit: u32) void {
    for (0..values.len) |i| {
        if (values[i] > limit) values[i] = limit;
    }
}

pub fn main() void {
    var lengths = [_]u32{ 12, 700, 64, 900, 3 };
    clipTo(lengths[1..4], 512);
    std.debug.print("lengths = {any}\n", .{lengths});
}
