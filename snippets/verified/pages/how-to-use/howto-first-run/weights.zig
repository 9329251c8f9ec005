const std = @import("std");

pub fn main() void {
    const weights = [_]f32{ 0.5, -1.25, 2.0 };
    var total: f32 = 0;
    for (weights) |w| total += w;
    std.debug.print("sum of {d} weights = {d}\n", .{ weights.len, total });
}
