const std = @import("std");

pub fn main() void {
    var activations = [_]f32{ 1.5, -0.5, 2.0, -3.0 };
    for (0..activations.len) |i| {
        if (activations[i] < 0) activations[i] = 0; // ReLU, in place
    }
    std.debug.print("{any}\n", .{activations});

    for (2..5) |n| {
        std.debug.print("{d} ", .{n});
    }
    std.debug.print("\n", .{});
}
