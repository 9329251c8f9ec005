const std = @import("std");

pub fn main() void {
    const logits = [_]f32{ 0.2, 3.1, -1.0, 2.4 };
    var best: usize = 0;
    for (logits, 0..) |logit, i| {
        if (logit > logits[best]) best = i;
    }
    std.debug.print("predicted class {d} (logit {d})\n", .{ best, logits[best] });

    for (logits, 1..) |logit, rank| {
        std.debug.print("#{d}: {d}\n", .{ rank, logit });
    }
}
