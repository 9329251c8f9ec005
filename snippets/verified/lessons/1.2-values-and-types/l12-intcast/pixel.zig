// hide-start
const std = @import("std");
// hide-end
fn toPixel(value: u32) u8 {
    return @intCast(value);
}

test "widening is automatic, narrowing is @intCast" {
    const channels: u8 = 3;
    const values: u64 = channels; // widening: no cast needed
    try std.testing.expectEqual(200, toPixel(200));
    try std.testing.expectEqual(3, values);
    const level: i32 = 17;
    const small: u8 = @intCast(level); // signed to unsigned works too
    try std.testing.expectEqual(17, small);
}
