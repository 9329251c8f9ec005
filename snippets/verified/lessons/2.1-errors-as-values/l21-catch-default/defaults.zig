// hide-start
const std = @import("std");
const ConfigError = error{ Zero, TooLarge };
fn checkBatchSize(n: u32) ConfigError!u32 {
    if (n == 0) return error.Zero;
    if (n > 4096) return error.TooLarge;
    return n;
}
// hide-end
fn batchSizeOrDefault(requested: u32) u32 {
    return checkBatchSize(requested) catch 32;
}

test "an invalid request falls back to 32" {
    try std.testing.expectEqual(64, batchSizeOrDefault(64));
    try std.testing.expectEqual(32, batchSizeOrDefault(0));
    try std.testing.expectEqual(32, batchSizeOrDefault(10_000));
}
