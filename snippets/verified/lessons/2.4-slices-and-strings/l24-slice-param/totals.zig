const std = @import("std");

fn total(counts: []const u32) u32 {
    var sum: u32 = 0;
    for (counts) |count| sum += count;
    return sum;
}

test "any number of batches" {
    const three = [_]u32{ 512, 480, 511 };
    const five = [_]u32{ 100, 200, 300, 400, 500 };

    try std.testing.expectEqual(1503, total(three[0..]));
    try std.testing.expectEqual(1500, total(five[0..]));
    try std.testing.expectEqual(500, total(five[1..3]));
    try std.testing.expectEqual(0, total(five[0..0]));
}
