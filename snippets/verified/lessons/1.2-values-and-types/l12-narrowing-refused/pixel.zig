// hide-start
const std = @import("std");
// hide-end
fn toPixel(value: u32) u8 {
    return value;
}

test "a computed brightness" {
    try std.testing.expectEqual(200, toPixel(200));
}
