const std = @import("std");

fn total(counts: [4]u32) u32 {
    var sum: u32 = 0;
    for (counts) |count| sum += count;
    return sum;
}

test "three batches" {
    const counts = [_]u32{ 512, 480, 511 };
    try std.testing.expectEqual(1503, total(counts));
}
