const std = @import("std");

pub fn main() void {
    const weights = [_]f32{ 0.5, -1.0, 2.0 };
    const inputs = [_]f32{ 4.0, 1.0, 0.25 };
    var dot: f32 = 0;
    for (weights, inputs) |w, x| {
        dot += w * x;
    }
    std.debug.print("w . x = {d}\n", .{dot});
}
