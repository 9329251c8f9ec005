const std = @import("std");
const schedule = @import("schedule.zig");

test "warmupRate: climbs linearly during warm-up" {
    try std.testing.expectEqual(500, schedule.warmupRate(50, 100, 1000));
    try std.testing.expectEqual(990, schedule.warmupRate(99, 100, 1000));
    // rounded down: 10 * 3 / 4 = 7.5, so 7
    try std.testing.expectEqual(7, schedule.warmupRate(3, 4, 10));
}

test "warmupRate: the peak from the end of warm-up on" {
    try std.testing.expectEqual(1000, schedule.warmupRate(100, 100, 1000));
    try std.testing.expectEqual(1000, schedule.warmupRate(5000, 100, 1000));
}

test "warmupRate: starts at zero, and no warm-up means the peak at once" {
    try std.testing.expectEqual(0, schedule.warmupRate(0, 100, 1000));
    try std.testing.expectEqual(1000, schedule.warmupRate(0, 0, 1000));
}

test "warmupRate: a large peak does not overflow" {
    try std.testing.expectEqual(3_000_000_000, schedule.warmupRate(3000, 4000, 4_000_000_000));
}

test "lengthBucket: inside each bucket" {
    try std.testing.expectEqual(0, schedule.lengthBucket(0));
    try std.testing.expectEqual(1, schedule.lengthBucket(20));
    try std.testing.expectEqual(2, schedule.lengthBucket(300));
    try std.testing.expectEqual(3, schedule.lengthBucket(1000));
    try std.testing.expectEqual(4, schedule.lengthBucket(100_000));
}

test "lengthBucket: the edges belong where the table says" {
    try std.testing.expectEqual(1, schedule.lengthBucket(1));
    try std.testing.expectEqual(1, schedule.lengthBucket(128));
    try std.testing.expectEqual(2, schedule.lengthBucket(129));
    try std.testing.expectEqual(2, schedule.lengthBucket(512));
    try std.testing.expectEqual(3, schedule.lengthBucket(513));
    try std.testing.expectEqual(3, schedule.lengthBucket(2048));
    try std.testing.expectEqual(4, schedule.lengthBucket(2049));
}

test "stepsToReach: counts the halvings" {
    // 100 -> 50 -> 25 -> 12 -> 6
    try std.testing.expectEqual(4, schedule.stepsToReach(100, 10));
    try std.testing.expectEqual(1, schedule.stepsToReach(100, 50));
}

test "stepsToReach: already there, and all the way to zero" {
    try std.testing.expectEqual(0, schedule.stepsToReach(100, 100));
    try std.testing.expectEqual(0, schedule.stepsToReach(3, 7));
    // 100 -> 50 -> 25 -> 12 -> 6 -> 3 -> 1 -> 0
    try std.testing.expectEqual(7, schedule.stepsToReach(100, 0));
}
