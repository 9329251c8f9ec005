const std = @import("std");

pub fn main() void {
    const losses = [_]f32{ 0.9, 0.7, 0.6, 0.55 };
    var total: f32 = 0;
    var i: usize = 0;
    while (i <= losses.len) : (i += 1) { // <= should be <
        total += losses[i];
    }
    std.debug.print("total {d}\n", .{total});
}
