const std = @import("std");

pub fn main() void {
    const losses = [_]f32{ 1.0, 0.75, 0.5, 0.25 };
    var total: f32 = 0;
    for (losses) |loss| {
        total += loss;
    }
    const count: f32 = losses.len; // a length known while compiling fits in an f32
    std.debug.print("mean loss {d}\n", .{total / count});
}
