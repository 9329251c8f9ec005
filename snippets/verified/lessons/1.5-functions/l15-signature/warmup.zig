const std = @import("std");

fn warmupLr(step: u32, warmup_steps: u32, peak: f32) f32 {
    const done: u32 = if (step < warmup_steps) step else warmup_steps;
    const fraction = @as(f32, @floatFromInt(done)) / @as(f32, @floatFromInt(warmup_steps));
    return peak * fraction;
}

fn report(step: u32, lr: f32) void {
    std.debug.print("step {d}: lr {d}\n", .{ step, lr });
}

pub fn main() void {
    report(25, warmupLr(25, 100, 0.1));
    report(100, warmupLr(100, 100, 0.1));
    report(500, warmupLr(500, 100, 0.1));
}
