// hide-start
const std = @import("std");
// hide-end
fn meanIsHigh(total: u32, count: u32) bool {
    return total / count > 10 and count > 0;
}

test "an empty batch" {
    try std.testing.expect(!meanIsHigh(100, 0));
}
