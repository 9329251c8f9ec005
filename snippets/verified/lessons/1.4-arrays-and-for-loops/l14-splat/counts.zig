const std = @import("std");

pub fn main() void {
    var counts: [10]u32 = @splat(0); // ten zeros, like [0] * 10
    counts[3] += 1;
    std.debug.print("{any}\n", .{counts});
}
