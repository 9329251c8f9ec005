const std = @import("std");

pub fn main() void {
    var step: u32 = 1;
    while (step <= 12) : (step += 1) {
        if (step % 4 != 0) continue; // not a checkpoint step: skip the rest
        if (step > 10) break; // past the budget: leave the loop
        std.debug.print("checkpoint at step {d}\n", .{step});
    }
    std.debug.print("loop ended at step {d}\n", .{step});
}
