// hide-start
const std = @import("std");
// hide-end
const Optimizer = enum { sgd, momentum, adam };

test "pick an optimizer" {
    const chosen: Optimizer = .adamw;
    try std.testing.expect(chosen != .sgd);
}
