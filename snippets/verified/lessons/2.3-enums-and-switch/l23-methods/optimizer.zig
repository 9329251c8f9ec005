// hide-start
const std = @import("std");
// hide-end
const Optimizer = enum {
    sgd,
    momentum,
    adam,

    pub fn slotsPerWeight(self: Optimizer) u32 {
        return switch (self) {
            .sgd => 0,
            .momentum => 1,
            .adam => 2,
        };
    }

    pub fn usesMomentum(self: Optimizer) bool {
        return switch (self) {
            .sgd => false,
            .momentum, .adam => true,
        };
    }
};

test "methods on an enum" {
    const optimizer: Optimizer = .adam;
    try std.testing.expectEqual(2, optimizer.slotsPerWeight());
    try std.testing.expect(optimizer.usesMomentum());
    try std.testing.expect(!Optimizer.sgd.usesMomentum());
}
