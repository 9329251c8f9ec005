// hide-start
const std = @import("std");
// hide-end
const Optimizer = enum { sgd, momentum, adam };

fn slotsPerWeight(optimizer: Optimizer) u32 {
    return switch (optimizer) {
        .sgd => 0,
        else => 1, // written when momentum was the only other optimizer
    };
}

test "adam keeps two slots per weight" {
    try std.testing.expectEqual(2, slotsPerWeight(.adam));
}
