const std = @import("std");

fn stepsPerEpoch(samples: u64, batch_size: u64) u64 {
    return (samples + batch_size - 1) / batch_size; // round up: a last, smaller batch
}

const train_steps = stepsPerEpoch(50_000, 128); // top level: computed while compiling

pub fn main() void {
    const eval_steps = comptime stepsPerEpoch(10_000, 256);
    std.debug.print("{d} training steps, {d} eval steps per epoch\n", .{ train_steps, eval_steps });
}
