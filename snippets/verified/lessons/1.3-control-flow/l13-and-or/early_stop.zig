// hide-start
const std = @import("std");
// hide-end
fn shouldStop(epoch: u32, max_epochs: u32, bad_epochs: u32, patience: u32) bool {
    return epoch >= max_epochs or bad_epochs >= patience;
}

fn meanIsHigh(total: u32, count: u32) bool {
    // `and` short-circuits: when count is 0, the division never runs.
    return count > 0 and total / count > 10;
}

test "stop on the epoch limit or when patience runs out" {
    try std.testing.expect(shouldStop(50, 50, 0, 3));
    try std.testing.expect(shouldStop(12, 50, 3, 3));
    try std.testing.expect(!shouldStop(12, 50, 1, 3));
}

test "short-circuit protects the division" {
    try std.testing.expect(meanIsHigh(100, 4));
    try std.testing.expect(!meanIsHigh(100, 0));
}
