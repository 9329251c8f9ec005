// hide-start
const std = @import("std");
// hide-end
const Optimizer = enum { sgd, momentum, adam };

/// How many extra numbers the optimizer keeps for each weight.
fn slotsPerWeight(optimizer: Optimizer) u32 {
    return switch (optimizer) {
        .sgd => 0, // nothing but the weights
        .momentum => 1, // a running average of the gradient
        .adam => 2, // averages of the gradient and of its square
    };
}

test "optimizer state per weight" {
    try std.testing.expectEqual(0, slotsPerWeight(.sgd));
    try std.testing.expectEqual(1, slotsPerWeight(.momentum));
    try std.testing.expectEqual(2, slotsPerWeight(.adam));
}
