const std = @import("std");

fn warmupLr(step: u32, warmup_steps: u32, peak: f32) f32 {
    const done: u32 = if (step < warmup_steps) step else warmup_steps;
    const fraction = @as(f32, @floatFromInt(done)) / @as(f32, @floatFromInt(warmup_steps));
    return peak * fraction;
}

test "warmup with the usual settings" {
    try std.testing.expectEqual(0.05, warmupLr(50));
}
