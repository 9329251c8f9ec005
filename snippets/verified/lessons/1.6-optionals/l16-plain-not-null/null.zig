const std = @import("std");

test "a u32 is always a number" {
    const best_epoch: u32 = null;
    try std.testing.expect(best_epoch > 0);
}
