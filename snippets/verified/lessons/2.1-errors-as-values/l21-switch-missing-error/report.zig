// hide-start
const std = @import("std");
const ConfigError = error{ Zero, TooLarge };
fn checkBatchSize(n: u32) ConfigError!u32 {
    if (n == 0) return error.Zero;
    if (n > 4096) return error.TooLarge;
    return n;
}
// hide-end
fn clampedBatchSize(requested: u32) u32 {
    return checkBatchSize(requested) catch |err| switch (err) {
        error.Zero => 1,
    };
}

test "clamp" {
    try std.testing.expectEqual(1, clampedBatchSize(0));
}
