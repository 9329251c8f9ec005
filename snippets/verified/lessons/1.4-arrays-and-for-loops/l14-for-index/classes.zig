const std = @import("std");

pub fn main() void {
    const logits = [_]f32{ 0.2, 3.1, -1.0, 2.4 };
    for (logits, 0..) |logit, class| {
        if (logit < 0) continue;
        std.debug.print("class {d} has a positive logit, {d}\n", .{ class, logit });
    }

    for (logits, 1..) |logit, rank| {
        std.debug.print("#{d}: {d}\n", .{ rank, logit });
    }
}
