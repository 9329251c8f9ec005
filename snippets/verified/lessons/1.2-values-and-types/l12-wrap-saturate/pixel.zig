// hide-start
const std = @import("std");
// hide-end
test "wrapping and saturating arithmetic" {
    const bright: u8 = 250;
    const black: u8 = 0;

    // +% wraps around: like Python's (250 + 10) % 256
    try std.testing.expectEqual(4, bright +% 10);
    try std.testing.expectEqual(255, black -% 1);

    // +| saturates: stops at the limit, like min(250 + 10, 255)
    try std.testing.expectEqual(255, bright +| 10);
    try std.testing.expectEqual(0, black -| 1);
}
