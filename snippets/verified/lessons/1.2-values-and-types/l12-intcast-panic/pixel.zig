// hide-start
const std = @import("std");
// hide-end
fn toPixel(value: u32) u8 {
    return @intCast(value);
}

test "a brightness out of range" {
    try std.testing.expectEqual(255, toPixel(300));
}
