// hide-start
const std = @import("std");
// hide-end
/// Which learning-rate multiplier to use in each phase of training.
fn phaseMultiplier(epoch: u32) f32 {
    return switch (epoch) {
        0 => 0.1, // warm-up
        1...9 => 1.0, // main phase: 1 to 9, both included
        10, 11, 12 => 0.5, // a list of values
        else => 0.1, // everything else: fine-tuning
    };
}

test "each epoch falls into one phase" {
    try std.testing.expectEqual(0.1, phaseMultiplier(0));
    try std.testing.expectEqual(1.0, phaseMultiplier(1));
    try std.testing.expectEqual(1.0, phaseMultiplier(9));
    try std.testing.expectEqual(0.5, phaseMultiplier(11));
    try std.testing.expectEqual(0.1, phaseMultiplier(40));
}
