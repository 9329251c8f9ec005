const std = @import("std");
const schedule = @import("schedule.zig");

test "clamp: floats" {
    try std.testing.expectEqual(1, schedule.clamp(f32, 1.5, 0, 1));
    try std.testing.expectEqual(0, schedule.clamp(f32, -0.25, 0, 1));
    try std.testing.expectEqual(0.5, schedule.clamp(f32, 0.5, 0, 1));
}

test "clamp: integers, including the edges of the range" {
    try std.testing.expectEqual(-10, schedule.clamp(i32, -50, -10, 10));
    try std.testing.expectEqual(255, schedule.clamp(u8, 255, 0, 255));
    try std.testing.expectEqual(3, schedule.clamp(u32, 3, 3, 8));
    try std.testing.expectEqual(8, schedule.clamp(u32, 9, 3, 8));
}

test "stepDecay: no drop keeps the initial rate" {
    try std.testing.expectEqual(0.25, schedule.stepDecay(0.25, 0.5, 0));
}

test "stepDecay: one factor per drop" {
    try std.testing.expectEqual(0.5, schedule.stepDecay(1, 0.5, 1));
    try std.testing.expectEqual(0.125, schedule.stepDecay(1, 0.5, 3));
    try std.testing.expectEqual(0.0625, schedule.stepDecay(1, 0.25, 2));
}

test "defaultStepDecay: starts at 0.1 and halves" {
    try std.testing.expectEqual(0.1, schedule.defaultStepDecay(0));
    try std.testing.expectEqual(schedule.stepDecay(0.1, 0.5, 4), schedule.defaultStepDecay(4));
}

test "stepsPerEpoch: exact and with a smaller last batch" {
    try std.testing.expectEqual(4, schedule.stepsPerEpoch(512, 128));
    try std.testing.expectEqual(391, schedule.stepsPerEpoch(50_000, 128));
    try std.testing.expectEqual(1, schedule.stepsPerEpoch(10, 32));
}

test "stepsPerEpoch: works while compiling too" {
    const steps = comptime schedule.stepsPerEpoch(1000, 64);
    try std.testing.expectEqual(16, steps);
}

test "countDigits: one digit, 0 included" {
    try std.testing.expectEqual(1, schedule.countDigits(7));
    try std.testing.expectEqual(1, schedule.countDigits(0));
}

test "countDigits: several digits" {
    try std.testing.expectEqual(2, schedule.countDigits(10));
    try std.testing.expectEqual(4, schedule.countDigits(2048));
    try std.testing.expectEqual(20, schedule.countDigits(18_446_744_073_709_551_615));
}
