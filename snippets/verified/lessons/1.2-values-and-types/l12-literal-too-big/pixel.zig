// hide-start
const std = @import("std");
// hide-end
test "a pixel one brighter than white" {
    const pixel: u8 = 256;
    try std.testing.expectEqual(256, pixel);
}
