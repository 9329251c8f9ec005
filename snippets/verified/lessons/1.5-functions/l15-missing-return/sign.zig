const std = @import("std");

fn sign(x: i32) i32 {
    if (x < 0) return -1;
    if (x > 0) return 1;
}

test "sign" {
    try std.testing.expectEqual(1, sign(42));
}
