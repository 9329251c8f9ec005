// hide-start
const std = @import("std");
// hide-end
fn activationBytes(batch: u32, features: u32) u64 {
    // u64 * u32: the u32 widens, so the product is computed in u64
    return @as(u64, batch) * features * 4; // 4 bytes per f32
}

test "a big batch does not overflow" {
    try std.testing.expectEqual(4096, activationBytes(32, 32));
    try std.testing.expectEqual(17_179_869_184, activationBytes(65_536, 65_536));
}
