const std = @import("std");

pub fn main() void {
    const activations = [_]f32{ 1.5, -0.5, 2.0, -3.0 };
    for (activations) |a| {
        if (a < 0) a = 0;
    }
    std.debug.print("{any}\n", .{activations});
}
