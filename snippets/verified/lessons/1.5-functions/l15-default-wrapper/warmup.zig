const std = @import("std");

fn warmupLr(step: u32, warmup_steps: u32, peak: f32) f32 {
    const done: u32 = if (step < warmup_steps) step else warmup_steps;
    const fraction = @as(f32, @floatFromInt(done)) / @as(f32, @floatFromInt(warmup_steps));
    return peak * fraction;
}

/// warmupLr with the settings this project uses: 100 steps up to 0.1.
fn defaultWarmupLr(step: u32) f32 {
    return warmupLr(step, 100, 0.1);
}

test "the short version fills in the defaults" {
    try std.testing.expectEqual(warmupLr(50, 100, 0.1), defaultWarmupLr(50));
    try std.testing.expectEqual(0.1, defaultWarmupLr(1000));
}
