const std = @import("std");

fn stepsUntil(step: u32, target: u32) u32 {
    var count: u32 = 0;
    while (step < target) {
        step += 1;
        count += 1;
    }
    return count;
}

test "steps until the next checkpoint" {
    try std.testing.expectEqual(3, stepsUntil(97, 100));
}
