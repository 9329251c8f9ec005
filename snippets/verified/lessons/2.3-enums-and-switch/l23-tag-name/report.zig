const std = @import("std");

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
};

pub fn main() void {
    const weights: u32 = 1_000_000;
    for ([_]Optimizer{ .sgd, .momentum, .adam }) |optimizer| {
        const state = weights * optimizer.slotsPerWeight();
        std.debug.print("{s}: {d} extra floats\n", .{ @tagName(optimizer), state });
    }
}
