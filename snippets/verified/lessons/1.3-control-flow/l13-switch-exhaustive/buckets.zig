// hide-start
const std = @import("std");
// hide-end
fn phaseMultiplier(epoch: u32) f32 {
    return switch (epoch) {
        0 => 0.1,
        1...9 => 1.0,
        10, 11, 12 => 0.5,
    };
}

test "a late epoch" {
    try std.testing.expectEqual(0.1, phaseMultiplier(40));
}
