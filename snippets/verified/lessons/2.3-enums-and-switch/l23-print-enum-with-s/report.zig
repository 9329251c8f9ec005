const std = @import("std");

const Optimizer = enum { sgd, momentum, adam };

pub fn main() void {
    const optimizer: Optimizer = .momentum;
    std.debug.print("training with {s}\n", .{optimizer});
}
