const std = @import("std");

pub fn main() void {
    const logits = [_]f32{ 2.0, -1.0, 0.5, 3.0 };
    std.debug.print("{d}\n", .{logits[4]});
}
