const std = @import("std");

pub fn main() void {
    var step: u32 = 0;
    defer std.debug.print("stopped after {d} steps\n", .{step});

    const losses = [_]f32{ 0.62, 0.48, 0.41, 0.39, 0.44, 0.37 };
    var best: f32 = 1.0;
    for (losses) |loss| {
        if (loss > best) break; // the loss went up: stop early
        best = loss;
        step += 1;
    }
    std.debug.print("training loop finished\n", .{});
}
