// hide-start
const std = @import("std");
// hide-end
/// The first epoch whose simulated loss is at most `target`.
/// The loss starts at 1000 and loses a tenth of itself every epoch.
fn firstEpochBelow(target: u32) u32 {
    var loss: u32 = 1000;
    var epoch: u32 = 0;
    while (true) : (epoch += 1) {
        if (loss <= target) break;
        loss -= loss / 10;
    }
    return epoch;
}

test "search for the epoch" {
    try std.testing.expectEqual(0, firstEpochBelow(1000));
    try std.testing.expectEqual(1, firstEpochBelow(900));
    try std.testing.expectEqual(7, firstEpochBelow(500));
}
