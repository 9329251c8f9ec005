// hide-start
const std = @import("std");
// hide-end
fn hasWork(remaining: u32) bool {
    if (remaining) {
        return true;
    }
    return false;
}

test "a queue with work left" {
    try std.testing.expect(hasWork(3));
}
