// hide-start
const std = @import("std");
// hide-end
const Optimizer = enum { sgd, momentum, adam };

fn slotsPerWeight(optimizer: Optimizer) u32 {
    return switch (optimizer) {
        .sgd => 0,
        .momentum => 1,
    };
}

test "optimizer state per weight" {
    try std.testing.expectEqual(1, slotsPerWeight(.momentum));
}
