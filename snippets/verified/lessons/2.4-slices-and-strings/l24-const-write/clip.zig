// hide-start
const std = @import("std");
// hide-end
fn clipTo(values: []const u32, limit: u32) void {
    for (0..values.len) |i| {
        if (values[i] > limit) values[i] = limit;
    }
}

test "clip" {
    var lengths = [_]u32{ 12, 700, 64 };
    clipTo(lengths[0..], 512);
    try std.testing.expectEqual(512, lengths[1]);
}
