// hide-start
const std = @import("std");
const ConfigError = error{ Zero, TooLarge };
fn checkBatchSize(n: u32) ConfigError!u32 {
    if (n == 0) return error.Zero;
    if (n > 4096) return error.TooLarge;
    return n;
}
// hide-end
fn stepsPerEpoch(samples: u32, batch_size: u32) ConfigError!u32 {
    const batch = checkBatchSize(batch_size) catch |err| return err; // = try checkBatchSize(batch_size)
    return samples / batch;
}

test "catch |err| return err passes the error on, like try" {
    try std.testing.expectEqual(1562, stepsPerEpoch(50_000, 32));
    try std.testing.expectEqual(error.Zero, stepsPerEpoch(50_000, 0));
    try std.testing.expectEqual(error.TooLarge, stepsPerEpoch(50_000, 9999));
}
